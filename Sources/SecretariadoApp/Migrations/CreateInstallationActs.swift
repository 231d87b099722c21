import Fluent

struct CreateInstallationActs: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("installation_acts")
            .id()
            .field("secretariat_id", .uuid, .required, .references("secretariats", "id", onDelete: .cascade))
            .field("markdown", .string, .required)
            .field("sha256", .string, .required)
            .field("issued_on", .datetime, .required)
            .field("issued_by", .string, .required)
            .field("updated_at", .datetime)
            .unique(on: "secretariat_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("installation_acts").delete()
    }
}

import Fluent

struct CreateInstallationEvidence: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("installation_evidence")
            .id()
            .field("secretariat_id", .uuid, .required, .references("secretariats", "id", onDelete: .cascade))
            .field("step_number", .int, .required)
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("url", .string, .required)
            .field("added_by", .string, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("installation_evidence").delete()
    }
}

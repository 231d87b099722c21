import Fluent

struct CreateInstallationSteps: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("installation_steps")
            .id()
            .field("secretariat_id", .uuid, .required, .references("secretariats", "id", onDelete: .cascade))
            .field("number", .int, .required)
            .field("status", .string, .required)
            .field("started_on", .datetime)
            .field("concluded_on", .datetime)
            .field("notes", .string)
            .field("updated_at", .datetime)
            .unique(on: "secretariat_id", "number")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("installation_steps").delete()
    }
}

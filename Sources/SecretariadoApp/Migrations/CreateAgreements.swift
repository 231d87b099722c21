import Fluent

struct CreateAgreements: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("agreements")
            .id()
            .field("secretariat_id", .uuid, .required, .references("secretariats", "id", onDelete: .cascade))
            .field("session_id", .uuid, .references("stl_sessions", "id", onDelete: .setNull))
            .field("motion_id", .uuid, .references("motions", "id", onDelete: .setNull))
            .field("number", .int, .required)
            .field("code", .string, .required)
            .field("title", .string, .required)
            .field("description", .string)
            .field("owner", .string, .required)
            .field("owner_sector", .string)
            .field("due_on", .datetime)
            .field("status", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "secretariat_id", "number")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("agreements").delete()
    }
}

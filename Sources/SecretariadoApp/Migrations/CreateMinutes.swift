import Fluent

struct CreateMinutes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("minutes")
            .id()
            .field("session_id", .uuid, .required, .references("stl_sessions", "id", onDelete: .cascade))
            .field("status", .string, .required)
            .field("notes", .string)
            .field("document", .string)
            .field("digest", .string)
            .field("finalised_at", .datetime)
            .field("finalised_by", .string)
            .field("created_at", .datetime)
            .unique(on: "session_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("minutes").delete()
    }
}

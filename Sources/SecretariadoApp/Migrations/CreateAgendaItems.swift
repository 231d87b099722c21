import Fluent

struct CreateAgendaItems: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("agenda_items")
            .id()
            .field("session_id", .uuid, .required, .references("stl_sessions", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("title", .string, .required)
            .field("description", .string)
            .field("proposal_id", .uuid)
            .field("proposed_by", .string)
            .field("links", .array(of: .string), .required)
            .field("discussion", .string)
            .field("created_at", .datetime)
            .unique(on: "session_id", "position")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("agenda_items").delete()
    }
}

import Fluent

struct CreateAgendaProposals: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("agenda_proposals")
            .id()
            .field("secretariat_id", .uuid, .required, .references("secretariats", "id", onDelete: .cascade))
            .field("title", .string, .required)
            .field("description", .string)
            .field("links", .array(of: .string), .required)
            .field("proposed_by", .string, .required)
            .field("proposed_by_user_id", .uuid)
            .field("sector", .string)
            .field("status", .string, .required)
            .field("session_id", .uuid, .references("stl_sessions", "id", onDelete: .setNull))
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("agenda_proposals").delete()
    }
}

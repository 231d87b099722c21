import Fluent

struct CreateMotions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("motions")
            .id()
            .field("session_id", .uuid, .required, .references("stl_sessions", "id", onDelete: .cascade))
            .field("agenda_item_id", .uuid, .required, .references("agenda_items", "id", onDelete: .cascade))
            .field("title", .string, .required)
            .field("text", .string)
            .field("agreement_owner", .string)
            .field("agreement_owner_sector", .string)
            .field("agreement_due_on", .datetime)
            .field("status", .string, .required)
            .field("result", .string)
            .field("decided_by", .string)
            .field("explanation", .string)
            .field("explanation_en", .string)
            .field("tally", .json)
            .field("rule", .json)
            .field("closed_at", .datetime)
            .field("revision", .int, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("motions").delete()
    }
}

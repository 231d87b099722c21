import Fluent

/// Sessions with their user and expiry as columns (the framework's `_fluent_sessions`
/// kept neither, so they could not be ended per account nor pruned). Existing rows of the
/// old table are dropped: everyone signs in again once.
struct CreateWebSessions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(WebSession.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
        try await IndexBuilder.create("web_sessions_user_id_idx", on: WebSession.schema, "user_id", in: database)
        try await IndexBuilder.create("web_sessions_expires_at_idx", on: WebSession.schema, "expires_at", in: database)
        try await SessionRecord.query(on: database).delete()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(WebSession.schema).delete()
    }
}

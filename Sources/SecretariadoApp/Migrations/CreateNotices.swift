import Fluent

/// In-app notices, each account's preferences for them, and the marks of reminders sent.
struct CreateNotices: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Notice.schema)
            .id()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("body", .string, .required)
            .field("link", .string, .required)
            .field("created_at", .datetime, .required)
            .field("read_at", .datetime)
            .field("digest_pending", .bool, .required)
            .create()
        try await IndexBuilder.create("notices_user_read_idx", on: Notice.schema, "user_id", "read_at", in: database)
        try await IndexBuilder.create("notices_digest_idx", on: Notice.schema, "digest_pending", "user_id", in: database)
        try await database.schema(NotificationPreference.schema)
            .id()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("language", .string, .required)
            .field("modes", .string, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "user_id")
            .create()
        try await database.schema(NoticeMark.schema)
            .id()
            .field("key", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(NoticeMark.schema).delete()
        try await database.schema(NotificationPreference.schema).delete()
        try await database.schema(Notice.schema).delete()
    }
}

import Fluent

/// The outbox and its attempts: e-mail is written with the event and delivered after.
struct CreateMailOutbox: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OutboxMessage.schema)
            .id()
            .field("message_id", .string, .required)
            .field("kind", .string, .required)
            .field("recipient", .string, .required)
            .field("language", .string, .required)
            .field("message", .string, .required)
            .field("status", .string, .required)
            .field("attempts", .int, .required)
            .field("next_attempt_at", .datetime, .required)
            .field("first_attempt_at", .datetime)
            .field("last_error", .string)
            .field("claimed_by", .string)
            .field("claimed_until", .datetime)
            .field("created_at", .datetime, .required)
            .field("sent_at", .datetime)
            .unique(on: "message_id")
            .create()
        // The worker's query: pending messages that are due.
        try await IndexBuilder.create("mail_outbox_due_idx", on: OutboxMessage.schema, "status", "next_attempt_at", in: database)
        try await IndexBuilder.create("mail_outbox_created_idx", on: OutboxMessage.schema, "created_at", in: database)
        try await database.schema(MailAttempt.schema)
            .id()
            .field("outbox_id", .uuid, .required, .references(OutboxMessage.schema, "id", onDelete: .cascade))
            .field("at", .datetime, .required)
            .field("outcome", .string, .required)
            .field("detail", .string, .required)
            .field("worker", .string, .required)
            .create()
        try await IndexBuilder.create("mail_attempts_outbox_idx", on: MailAttempt.schema, "outbox_id", in: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MailAttempt.schema).delete()
        try await database.schema(OutboxMessage.schema).delete()
    }
}

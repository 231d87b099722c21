import Fluent

struct CreateAuditEntries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // No foreign keys on purpose: the log outlives what it describes.
        try await database.schema("audit_entries")
            .id()
            .field("at", .datetime, .required)
            .field("user_id", .uuid)
            .field("actor", .string, .required)
            .field("secretariat_id", .uuid)
            .field("action", .string, .required)
            .field("entity", .string, .required)
            .field("entity_id", .string)
            .field("summary", .string, .required)
            .field("before", .string)
            .field("after", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_entries").delete()
    }
}

import Fluent

struct CreateArchiveEntries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("archive_entries")
            .id()
            .field("secretariat_id", .uuid, .required, .references("secretariats", "id", onDelete: .cascade))
            .field("entry_index", .int, .required)
            .field("kind", .string, .required)
            .field("session_id", .uuid, .required)
            .field("session_date", .string, .required)
            .field("minutes_id", .uuid, .required)
            .field("signature_id", .uuid)
            .field("minutes_digest", .string, .required)
            .field("previous_hash", .string, .required)
            .field("entry_hash", .string, .required)
            .field("recorded_at", .string, .required)
            // Two concurrent appends cannot both take the same link of the chain.
            .unique(on: "secretariat_id", "entry_index")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("archive_entries").delete()
    }
}

import Fluent

struct CreateArchiveCheckpoints: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("archive_checkpoints")
            .id()
            .field("secretariat_id", .uuid, .required, .references("secretariats", "id", onDelete: .cascade))
            .field("entry_count", .int, .required)
            .field("head", .string, .required)
            .field("signed_at", .string, .required)
            .field("key_id", .uuid, .required, .references("platform_keys", "id"))
            .field("signature", .string, .required)
            .unique(on: "secretariat_id", "entry_count")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("archive_checkpoints").delete()
    }
}

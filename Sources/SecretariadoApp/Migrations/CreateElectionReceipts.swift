import Fluent

struct CreateElectionReceipts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("election_receipts")
            .id()
            .field("election_id", .uuid, .required, .references("elections", "id", onDelete: .cascade))
            .field("credential_id", .uuid, .required, .references("election_credentials", "id", onDelete: .cascade))
            .field("cast_at", .datetime, .required)
            // The rule "one ballot per organisation" lives here, where concurrency cannot break it.
            .unique(on: "credential_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("election_receipts").delete()
    }
}

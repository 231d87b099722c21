import Fluent

struct CreateElectionCredentials: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("election_credentials")
            .id()
            .field("election_id", .uuid, .required, .references("elections", "id", onDelete: .cascade))
            .field("registration_id", .uuid, .required, .references("call_registrations", "id", onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("issued_at", .datetime, .required)
            .field("used_at", .datetime)
            .unique(on: "token_hash")
            // One credential per organisation and election.
            .unique(on: "election_id", "registration_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("election_credentials").delete()
    }
}

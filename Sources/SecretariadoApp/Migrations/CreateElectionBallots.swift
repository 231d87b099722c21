import Fluent

struct CreateElectionBallots: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("election_ballots")
            .id()
            .field("election_id", .uuid, .required, .references("elections", "id", onDelete: .cascade))
            .field("choices", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("election_ballots").delete()
    }
}

import Fluent

struct CreateElectionCandidates: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("election_candidates")
            .id()
            .field("election_id", .uuid, .required, .references("elections", "id", onDelete: .cascade))
            .field("person_name", .string, .required)
            .field("name_key", .string, .required)
            .field("registration_id", .uuid, .required, .references("call_registrations", "id", onDelete: .cascade))
            .field("nominated_by_id", .uuid, .required, .references("call_registrations", "id", onDelete: .cascade))
            .field("statement", .string)
            .field("created_at", .datetime)
            .unique(on: "election_id", "registration_id", "name_key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("election_candidates").delete()
    }
}

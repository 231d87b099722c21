import Fluent

/// An STL's facilitator is read with its page, sessions and exports.
struct UpdateFacilitatorTermsAddIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await IndexBuilder.create("facilitator_terms_secretariat_id_idx", on: "facilitator_terms", "secretariat_id", in: database)
    }

    func revert(on database: any Database) async throws {
        try await IndexBuilder.drop("facilitator_terms_secretariat_id_idx", in: database)
    }
}

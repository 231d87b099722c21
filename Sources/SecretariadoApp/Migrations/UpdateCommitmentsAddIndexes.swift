import Fluent

/// An STL's commitments are read for its action plans and dashboard.
struct UpdateCommitmentsAddIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await IndexBuilder.create("commitments_secretariat_id_idx", on: "commitments", "secretariat_id", in: database)
    }

    func revert(on database: any Database) async throws {
        try await IndexBuilder.drop("commitments_secretariat_id_idx", in: database)
    }
}

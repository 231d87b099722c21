import Fluent

/// A session's acuerdos are read with the session.
struct UpdateAgreementsAddIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await IndexBuilder.create("agreements_session_id_idx", on: "agreements", "session_id", in: database)
    }

    func revert(on database: any Database) async throws {
        try await IndexBuilder.drop("agreements_session_id_idx", in: database)
    }
}

import Fluent

/// An acuerdo's follow-up notes are read with it.
struct UpdateAgreementNotesAddIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await IndexBuilder.create("agreement_notes_agreement_id_idx", on: "agreement_notes", "agreement_id", in: database)
    }

    func revert(on database: any Database) async throws {
        try await IndexBuilder.drop("agreement_notes_agreement_id_idx", in: database)
    }
}

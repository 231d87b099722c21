import Fluent

/// Every STL page and export loads its seats' terms by seat.
struct UpdateSeatTermsAddIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await IndexBuilder.create("seat_terms_seat_id_idx", on: "seat_terms", "seat_id", in: database)
    }

    func revert(on database: any Database) async throws {
        try await IndexBuilder.drop("seat_terms_seat_id_idx", in: database)
    }
}

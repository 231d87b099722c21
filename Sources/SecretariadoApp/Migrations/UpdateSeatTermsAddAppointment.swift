import Fluent

/// How a civil-society holder came to the seat (the election, or a direct appointment with
/// its reason and reference). One column per statement, as SQLite adds them.
struct UpdateSeatTermsAddAppointment: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("seat_terms").field("appointment", .json).update()
        try await database.schema("seat_terms").field("election_id", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("seat_terms").deleteField("election_id").update()
        try await database.schema("seat_terms").deleteField("appointment").update()
    }
}

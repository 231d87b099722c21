import Fluent

struct CreateSeatTerms: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("seat_terms")
            .id()
            .field("seat_id", .uuid, .required, .references("seats", "id", onDelete: .cascade))
            .field("role", .string, .required)
            .field("person_id", .uuid, .references("people", "id", onDelete: .setNull))
            .field("organization_id", .uuid, .references("organizations", "id", onDelete: .setNull))
            .field("office", .string)
            .field("starts_on", .datetime)
            .field("ends_on", .datetime)
            .field("note", .string)
            .field("created_at", .datetime)
            .field("current_slot", .string)
            // One current titular and one current suplente per seat, even when two
            // appointments race: `current_slot` is "<seat>/<role>" while current, NULL after.
            .unique(on: "current_slot")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("seat_terms").delete()
    }
}

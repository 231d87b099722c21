import Fluent

struct CreateFacilitatorTerms: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("facilitator_terms")
            .id()
            .field("secretariat_id", .uuid, .required, .references("secretariats", "id", onDelete: .cascade))
            .field("person_id", .uuid, .references("people", "id", onDelete: .setNull))
            .field("origin", .string)
            .field("origin_kind", .string)
            .field("starts_on", .datetime)
            .field("ends_on", .datetime)
            .field("note", .string)
            .field("created_at", .datetime)
            .field("current_slot", .string)
            // One current facilitator per STL: the STL's id while current, NULL after.
            .unique(on: "current_slot")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("facilitator_terms").delete()
    }
}

import Fluent

struct CreateFacilitatorSelections: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("facilitator_selections")
            .id()
            .field("secretariat_id", .uuid, .required, .references("secretariats", "id", onDelete: .cascade))
            .field("facilitator_term_id", .uuid, .required, .references("facilitator_terms", "id", onDelete: .cascade))
            .field("method", .string, .required)
            .field("decided_on", .datetime, .required)
            .field("minutes_url", .string)
            .field("warnings", .json, .required)
            .field("recorded_by", .string, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("facilitator_selections").delete()
    }
}

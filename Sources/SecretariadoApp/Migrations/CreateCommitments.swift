import Fluent

struct CreateCommitments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("commitments")
            .id()
            .field("secretariat_id", .uuid, .required, .references("secretariats", "id", onDelete: .cascade))
            .field("plan_id", .uuid, .required, .references("action_plans", "id", onDelete: .cascade))
            .field("number", .int, .required)
            .field("title", .string, .required)
            .field("problem", .string, .required)
            .field("objective", .string, .required)
            .field("lead_institution", .string, .required)
            .field("co_responsible", .string, .required)
            .field("ogp_values", .array(of: .string), .required)
            .field("level_override", .string)
            .field("override_reason", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "plan_id", "number")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("commitments").delete()
    }
}

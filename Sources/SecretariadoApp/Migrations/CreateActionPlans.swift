import Fluent

struct CreateActionPlans: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("action_plans")
            .id()
            .field("secretariat_id", .uuid, .required, .references("secretariats", "id", onDelete: .cascade))
            .field("title", .string, .required)
            .field("description", .string)
            .field("starts_on", .datetime, .required)
            .field("ends_on", .datetime, .required)
            .field("created_at", .datetime)
            .unique(on: "secretariat_id", "title")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("action_plans").delete()
    }
}

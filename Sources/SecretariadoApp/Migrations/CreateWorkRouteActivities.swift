import Fluent

struct CreateWorkRouteActivities: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("work_route_activities")
            .id()
            .field("secretariat_id", .uuid, .required, .references("secretariats", "id", onDelete: .cascade))
            .field("title", .string, .required)
            .field("starts_on", .datetime, .required)
            .field("ends_on", .datetime)
            .field("step_number", .int)
            .field("responsible", .string)
            .field("notes", .string)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("work_route_activities").delete()
    }
}

import Fluent

struct CreateOutreachActivities: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("outreach_activities")
            .id()
            .field("secretariat_id", .uuid, .required, .references("secretariats", "id", onDelete: .cascade))
            .field("held_on", .datetime, .required)
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("audience", .string, .required)
            .field("attendees", .int, .required)
            .field("material_links", .array(of: .string), .required)
            .field("recorded_by", .string, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("outreach_activities").delete()
    }
}

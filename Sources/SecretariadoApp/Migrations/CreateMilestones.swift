import Fluent

struct CreateMilestones: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("milestones")
            .id()
            .field("commitment_id", .uuid, .required, .references("commitments", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("title", .string, .required)
            .field("due_on", .datetime)
            .field("done", .bool, .required)
            .field("done_on", .datetime)
            .field("evidence_links", .array(of: .string), .required)
            .field("created_at", .datetime)
            .unique(on: "commitment_id", "position")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("milestones").delete()
    }
}

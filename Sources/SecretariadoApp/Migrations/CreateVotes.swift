import Fluent

struct CreateVotes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("votes")
            .id()
            .field("motion_id", .uuid, .required, .references("motions", "id", onDelete: .cascade))
            .field("seat_id", .uuid, .required, .references("seats", "id"))
            .field("option", .string, .required)
            .field("holder_role", .string, .required)
            .field("user_id", .uuid)
            .field("voter", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            // One vote per seat and motion, whatever the application does: never doubled.
            .unique(on: "motion_id", "seat_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("votes").delete()
    }
}

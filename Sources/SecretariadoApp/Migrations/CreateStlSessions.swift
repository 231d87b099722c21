import Fluent

struct CreateStlSessions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("stl_sessions")
            .id()
            .field("secretariat_id", .uuid, .required, .references("secretariats", "id", onDelete: .cascade))
            .field("number", .int)
            .field("kind", .string, .required)
            .field("urgent", .bool, .required)
            .field("status", .string, .required)
            .field("starts_at", .datetime)
            .field("ends_at", .datetime)
            .field("place", .string)
            .field("modality", .string)
            .field("reason", .string)
            .field("requested_by", .string)
            .field("requested_by_user_id", .uuid)
            .field("convened_at", .datetime)
            .field("convened_by", .string)
            .field("cancel_reason", .string)
            .field("sequence", .int, .required)
            .field("revision", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            // Two facilitators convening at once cannot get the same number.
            .unique(on: "secretariat_id", "number")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("stl_sessions").delete()
    }
}

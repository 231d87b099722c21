import Fluent

struct CreateSeatAttendances: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("seat_attendances")
            .id()
            .field("session_id", .uuid, .required, .references("stl_sessions", "id", onDelete: .cascade))
            .field("seat_id", .uuid, .required, .references("seats", "id"))
            .field("attendance", .string, .required)
            .field("attendee", .string)
            .field("updated_at", .datetime)
            .unique(on: "session_id", "seat_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("seat_attendances").delete()
    }
}

import Fluent

struct CreateSeats: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("seats")
            .id()
            .field("secretariat_id", .uuid, .required, .references("secretariats", "id", onDelete: .cascade))
            .field("sector", .string, .required)
            .field("number", .int, .required)
            .field("created_at", .datetime)
            .unique(on: "secretariat_id", "sector", "number")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("seats").delete()
    }
}

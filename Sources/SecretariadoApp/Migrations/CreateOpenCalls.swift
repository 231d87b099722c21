import Fluent

struct CreateOpenCalls: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("open_calls")
            .id()
            .field("secretariat_id", .uuid, .required, .references("secretariats", "id", onDelete: .cascade))
            .field("title", .string, .required)
            .field("body", .string, .required)
            .field("opens_on", .datetime, .required)
            .field("closes_on", .datetime, .required)
            .field("published_at", .datetime)
            .field("closed_at", .datetime)
            .field("created_at", .datetime)
            // One open call per STL: two concurrent first saves cannot both create one.
            .unique(on: "secretariat_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("open_calls").delete()
    }
}

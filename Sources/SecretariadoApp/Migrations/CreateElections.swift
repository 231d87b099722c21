import Fluent

struct CreateElections: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("elections")
            .id()
            .field("secretariat_id", .uuid, .required, .references("secretariats", "id", onDelete: .cascade))
            .field("title", .string, .required)
            .field("seats", .int, .required)
            .field("method", .string, .required)
            .field("opens_at", .datetime, .required)
            .field("closes_at", .datetime, .required)
            .field("closed_at", .datetime)
            .field("closed_by", .string)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("elections").delete()
    }
}

import Fluent

struct CreateSectors: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("sectors")
            .id()
            .field("secretariat_id", .uuid, .required, .references("secretariats", "id", onDelete: .cascade))
            .field("code", .string, .required)
            .field("name_es", .string, .required)
            .field("name_en", .string, .required)
            .field("voting", .bool, .required)
            .field("position", .int, .required)
            .unique(on: "secretariat_id", "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("sectors").delete()
    }
}

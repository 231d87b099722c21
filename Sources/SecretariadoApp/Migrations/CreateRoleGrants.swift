import Fluent

struct CreateRoleGrants: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("role_grants")
            .id()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("secretariat_id", .uuid, .required, .references("secretariats", "id", onDelete: .cascade))
            .field("role", .string, .required)
            .field("sector", .string)
            .field("seat_id", .uuid, .references("seats", "id", onDelete: .setNull))
            .field("holder_role", .string)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("role_grants").delete()
    }
}

import Fluent

/// National coordination holds its role over every STL, so it cannot live in `role_grants`,
/// whose rows name one secretariat.
struct CreateNationalGrants: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(NationalGrant.schema)
            .id()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("role", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "user_id", "role")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(NationalGrant.schema).delete()
    }
}

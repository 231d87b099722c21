import Fluent

struct CreateSigningKeys: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("signing_keys")
            .id()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("owner", .string, .required)
            .field("public_key", .string, .required)
            .field("sealed_private_key", .string, .required)
            .field("kdf_salt", .string, .required)
            .field("kdf", .string, .required)
            .field("created_at", .datetime, .required)
            .field("retired_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("signing_keys").delete()
    }
}

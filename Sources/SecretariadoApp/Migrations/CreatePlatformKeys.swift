import Fluent

struct CreatePlatformKeys: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("platform_keys")
            .id()
            .field("purpose", .string, .required)
            .field("public_key", .string, .required)
            .field("private_key", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "purpose")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("platform_keys").delete()
    }
}

import Fluent

struct CreateSecretariats: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("secretariats")
            .id()
            .field("slug", .string, .required)
            .field("name", .string, .required)
            .field("level", .string, .required)
            .field("state", .string, .required)
            .field("status", .string, .required)
            .field("rule", .json, .required)
            .field("rule_text", .string, .required)
            .field("installed_on", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "slug")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("secretariats").delete()
    }
}

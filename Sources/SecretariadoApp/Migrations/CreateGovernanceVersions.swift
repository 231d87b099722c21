import Fluent

struct CreateGovernanceVersions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("governance_versions")
            .id()
            .field("secretariat_id", .uuid, .required, .references("secretariats", "id", onDelete: .cascade))
            .field("version", .int, .required)
            .field("document", .json, .required)
            .field("note", .string, .required)
            .field("author", .string, .required)
            .field("created_at", .datetime)
            // Two concurrent edits cannot both become the same version.
            .unique(on: "secretariat_id", "version")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("governance_versions").delete()
    }
}

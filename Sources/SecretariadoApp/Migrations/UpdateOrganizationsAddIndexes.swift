import Fluent

/// An STL's organisations are listed on its page and in its exports.
struct UpdateOrganizationsAddIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await IndexBuilder.create("organizations_secretariat_id_idx", on: "organizations", "secretariat_id", in: database)
    }

    func revert(on database: any Database) async throws {
        try await IndexBuilder.drop("organizations_secretariat_id_idx", in: database)
    }
}

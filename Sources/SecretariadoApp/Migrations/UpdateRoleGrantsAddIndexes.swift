import Fluent

/// A signed-in user's grants are read on every request that checks a permission.
struct UpdateRoleGrantsAddIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await IndexBuilder.create("role_grants_user_id_idx", on: "role_grants", "user_id", in: database)
    }

    func revert(on database: any Database) async throws {
        try await IndexBuilder.drop("role_grants_user_id_idx", in: database)
    }
}

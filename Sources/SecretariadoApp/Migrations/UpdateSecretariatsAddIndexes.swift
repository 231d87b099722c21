import Fluent

/// The national lists are sorted by name and filtered by state.
struct UpdateSecretariatsAddIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await IndexBuilder.create("secretariats_name_idx", on: "secretariats", "name", "slug", in: database)
        try await IndexBuilder.create("secretariats_state_name_idx", on: "secretariats", "state", "name", in: database)
    }

    func revert(on database: any Database) async throws {
        try await IndexBuilder.drop("secretariats_name_idx", in: database)
        try await IndexBuilder.drop("secretariats_state_name_idx", in: database)
    }
}

import Fluent

/// Each STL's own data version (`DataVersion.Scope.secretariat`), so a write to one STL
/// leaves the cached pages of the others.
struct AddSecretariatDataVersions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("secretariats").field("data_version", .int64, .required, .sql(.default(0))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("secretariats").deleteField("data_version").update()
    }
}

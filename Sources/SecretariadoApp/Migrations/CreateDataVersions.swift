import Fluent
import SQLKit

/// One row, `id = 1`, whose `version` every write transaction raises (see `DataVersion`).
struct CreateDataVersions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(DataVersion.table)
            .field("id", .int, .identifier(auto: false))
            .field("version", .int64, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.insert(into: DataVersion.table).columns("id", "version").values(1, Int64(0)).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(DataVersion.table).delete()
    }
}

import Fluent
import SQLKit

/// The counter of the national directory's scope (`DataVersion.Scope.directory`).
struct UpdateDataVersionsAddDirectoryRow: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.insert(into: DataVersion.table).columns("id", "version")
            .values(DataVersion.Scope.directory.row!, Int64(0)).run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.delete(from: DataVersion.table).where("id", .equal, DataVersion.Scope.directory.row!).run()
    }
}

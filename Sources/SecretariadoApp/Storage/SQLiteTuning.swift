import Fluent
import FluentSQLiteDriver
import SQLKit
import Vapor

/// Per-connection SQLite settings for the server. `synchronous=NORMAL` in WAL mode syncs the
/// log at checkpoints instead of at every commit: a committed transaction survives the
/// process being killed (the log is in the operating system's hands), and only a power
/// loss or kernel crash may lose the last commits — never corrupt the file. That is the
/// trade-off docs/benchmarks.md describes; set `SECRETARIADO_SQLITE_SYNC=FULL` to sync
/// every commit.
enum SQLiteTuning {
    static func apply(_ app: Application) async throws {
        guard !DatabaseSetup.usesPostgres, app.environment != .testing else { return }
        let mode = Environment.get("SECRETARIADO_SQLITE_SYNC")?.uppercased() == "FULL" ? "FULL" : "NORMAL"
        // The SQLite driver keeps exactly one connection per event loop, for the life of the
        // server: setting each loop's connection once sets them all.
        for eventLoop in app.eventLoopGroup.makeIterator() {
            guard let sql = app.databases.database(.sqlite, logger: app.logger, on: eventLoop) as? any SQLDatabase else { continue }
            try await sql.raw("PRAGMA synchronous=\(unsafeRaw: mode)").run()
        }
    }
}

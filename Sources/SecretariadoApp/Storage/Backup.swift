import Fluent
import Foundation
import NIOPosix
import SQLKit
import SQLiteNIO

/// Consistent copies of the embedded SQLite database. PostgreSQL has its own tools
/// (pg_dump / pg_restore), which the commands point to instead of re-implementing them.
enum Backup {
    static let postgresAdvice = """
        Con PostgreSQL usa sus herramientas, que copian en línea y de forma consistente:
          pg_dump --format=custom --file=respaldo.dump "$DATABASE_URL"
          pg_restore --clean --if-exists --dbname="$DATABASE_URL" respaldo.dump
        """

    /// Copies the live database into `path` while the server keeps running: `VACUUM INTO`
    /// writes one transaction-consistent snapshot (SQLite ≥ 3.27).
    static func backup(_ db: any Database, to path: String) async throws {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure("Ya existe «\(path)»: elige otro nombre para no sobrescribir un respaldo.")
        }
        guard let sql = db as? any SQLDatabase else { throw CommandFailure("La base de datos no admite SQL.") }
        try await sql.raw("VACUUM INTO \(bind: path)").run()
    }

    /// Replaces the database file at `target` with the backup at `source`, after checking
    /// that the backup is a sound Secretariado database. The server must be stopped.
    static func restore(from source: String, to target: String) async throws {
        guard FileManager.default.isReadableFile(atPath: source) else {
            throw CommandFailure("No se puede leer el respaldo «\(source)».")
        }
        try await verify(source)
        let staging = target + ".restaurando"
        try? FileManager.default.removeItem(atPath: staging)
        try FileManager.default.copyItem(atPath: source, toPath: staging)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: target + suffix) }
        // rename(2) replaces the file in one step: a crash leaves the old or the new one.
        guard rename(staging, target) == 0 else {
            throw CommandFailure("No se pudo reemplazar «\(target)» (errno \(errno)).")
        }
    }

    /// The backup opens, passes SQLite's integrity check and has our migrations table.
    static func verify(_ path: String) async throws {
        let connection: SQLiteConnection
        do {
            connection = try await SQLiteConnection.open(storage: .file(path: path))
        } catch {
            throw CommandFailure("«\(path)» no es una base de datos SQLite.")
        }
        defer { _ = connection.close() }
        let integrity = try? await connection.query("PRAGMA integrity_check").get().first?.column("integrity_check")?.string
        guard let integrity else {
            throw CommandFailure("«\(path)» no es una base de datos SQLite válida.")
        }
        guard integrity == "ok" else {
            throw CommandFailure("«\(path)» está dañado: \(integrity).")
        }
        let tables = try await connection.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('_fluent_migrations', 'secretariats')"
        ).get()
        guard tables.count == 2 else {
            throw CommandFailure("«\(path)» no es un respaldo de Secretariado.")
        }
    }
}

import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Vapor

/// Chooses the database: PostgreSQL when `DATABASE_URL` is set, otherwise an embedded
/// SQLite file (`SECRETARIADO_DB`, default `./secretariado.sqlite`); tests use an
/// in-memory SQLite unless `DATABASE_URL` is set.
enum DatabaseSetup {
    static func use(for app: Application) throws {
        if let url = Environment.get("DATABASE_URL"), !url.isEmpty {
            let config = try SQLPostgresConfiguration(url: url)
            app.databases.use(.postgres(configuration: config, maxConnectionsPerEventLoop: 4), as: .psql)
        } else if app.environment == .testing {
            app.databases.use(.sqlite(.memory), as: .sqlite)
        } else {
            try checkWritable(sqlitePath)
            app.databases.use(.sqlite(.file(sqlitePath)), as: .sqlite)
        }
    }

    /// A database file (or its folder) that cannot be written would fail on the first write,
    /// deep in a migration; this says at start which path and what to do instead.
    static func checkWritable(_ path: String, fileManager: FileManager = .default) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard fileManager.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandFailure(
                "La carpeta \(folder) de la base de datos \(path) no existe. Créela o indique otro archivo con SECRETARIADO_DB.", exitCode: 1)
        }
        if fileManager.fileExists(atPath: path), !fileManager.isWritableFile(atPath: path) {
            throw CommandFailure(
                "La base de datos \(path) es de sólo lectura. Dé permiso de escritura al usuario del servicio (por ejemplo, chmod u+w \(path)) o indique otro archivo con SECRETARIADO_DB.",
                exitCode: 1)
        }
        guard fileManager.isWritableFile(atPath: folder) else {
            throw CommandFailure(
                "La carpeta \(folder) de la base de datos \(path) es de sólo lectura; SQLite necesita escribir ahí su diario. Dé permiso de escritura o indique otro archivo con SECRETARIADO_DB.",
                exitCode: 1)
        }
    }

    static var sqlitePath: String {
        Environment.get("SECRETARIADO_DB").flatMap { $0.isEmpty ? nil : $0 } ?? "secretariado.sqlite"
    }

    static var usesPostgres: Bool {
        Environment.get("DATABASE_URL").map { !$0.isEmpty } ?? false
    }
}

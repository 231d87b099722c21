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
            app.databases.use(.sqlite(.file(sqlitePath)), as: .sqlite)
        }
    }

    static var sqlitePath: String {
        Environment.get("SECRETARIADO_DB").flatMap { $0.isEmpty ? nil : $0 } ?? "secretariado.sqlite"
    }

    static var usesPostgres: Bool {
        Environment.get("DATABASE_URL").map { !$0.isEmpty } ?? false
    }
}

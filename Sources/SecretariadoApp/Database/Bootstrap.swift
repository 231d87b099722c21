import Fluent
import SQLKit
import Vapor

/// What `secretariado serve` does before listening: a fresh machine needs no other step
///: migrations applied, demo data on an empty database, a first admin.
public enum Bootstrap {
    public static func prepare(_ app: Application, arguments: [String]) async throws {
        guard commandName(in: arguments) == "serve" else { return }
        let (adminEmail, rest) = AdminBootstrap.takeEmailOption(from: app.environment.arguments)
        app.environment.arguments = rest
        try await ready(app, adminEmail: adminEmail)
        // Only a serving instance delivers mail; commands and tests leave the outbox alone.
        app.mail.startWorker()
    }

    /// Migrations, WAL, demo data when empty, and the first admin account (its e-mail from
    /// `serve --admin-email`, else `SECRETARIADO_ADMIN_EMAIL`, else `admin@localhost`).
    public static func ready(_ app: Application, adminEmail: String? = nil) async throws {
        try await enableWriteAheadLog(app)
        try await SQLiteTuning.apply(app)  // Performance at national scale
        try await app.autoMigrate()
        try await Notifier.muted { try await loadDemoWhenEmpty(app) }
        let email = try AdminBootstrap.adminEmail(environment: adminEmail ?? Environment.get(AdminBootstrap.emailVariable))
        if let admin = try await AdminBootstrap.ensureAdmin(on: app.db, email: email) {
            print(AdminBootstrap.banner(email: admin.email, password: admin.password))
        }
    }

    private static func loadDemoWhenEmpty(_ app: Application) async throws {
        if try await Secretariat.query(on: app.db).count() == 0 {
            let count = try await DemoLoader(db: app.db).load()
            try await DemoInstallationLoader(db: app.db).load()  // installation: Yucatán, in formation
            app.logger.notice("Datos de demostración cargados: \(count) secretariados técnicos locales.")
            // Sessions, voting, minutes and archive.
            let sessions = try await DemoSessionsLoader(db: app.db).load()
            app.logger.notice("Sesiones de demostración cargadas: \(sessions).")
            // Follow-up: agreements, action plan, finances and outreach.
            let plans = try await DemoFollowUpLoader(db: app.db).load()
            app.logger.notice("Planes de acción de demostración cargados: \(plans).")
        }
    }

    /// SQLite in WAL mode keeps readers off the writer's back and survives a crash with
    /// every committed transaction; the setting is stored in the file, so once is enough.
    static func enableWriteAheadLog(_ app: Application) async throws {
        guard !DatabaseSetup.usesPostgres, app.environment != .testing,
            let sql = app.db as? any SQLDatabase
        else { return }
        try await sql.raw("PRAGMA journal_mode=WAL").run()
    }

    /// The Vapor command the arguments name; none means `serve`.
    public static func commandName(in arguments: [String]) -> String {
        var rest = arguments.dropFirst()
        while let first = rest.first, first.hasPrefix("-") {
            rest = rest.dropFirst(first == "--env" || first == "-e" ? 2 : 1)
        }
        return rest.first ?? "serve"
    }
}

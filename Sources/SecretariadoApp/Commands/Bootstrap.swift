import Fluent
import SQLKit
import Vapor

/// What `secretariado serve` does before listening: a fresh machine needs no other step
///: migrations applied, demo data on an empty database, a first admin.
public enum Bootstrap {
    public static func prepare(_ app: Application, arguments: [String]) async throws {
        guard commandName(in: arguments) == "serve" else { return }
        let (adminEmail, rest) = AdminBootstrap.takeEmailOption(from: app.environment.arguments)
        let (demo, remaining) = DemoData.takeScopeFlag("--no-demo", from: rest)
        app.environment.arguments = remaining
        try await ready(app, adminEmail: adminEmail, demo: demo)
        // Only a serving instance delivers mail; commands and tests leave the outbox alone.
        app.mail.startWorker()
    }

    /// Migrations, WAL, demo data when empty (only the guide's with `serve --no-demo`), and
    /// the first admin account (its e-mail from `serve --admin-email`, else
    /// `SECRETARIADO_ADMIN_EMAIL`, else `admin@localhost`).
    static func ready(_ app: Application, adminEmail: String? = nil, demo: DemoData.Scope = .all) async throws {
        try await enableWriteAheadLog(app)
        try await SQLiteTuning.apply(app)  // Performance at national scale
        try await app.autoMigrate()
        try await loadDemoWhenEmpty(app, demo)
        let email = try AdminBootstrap.adminEmail(environment: adminEmail ?? Environment.get(AdminBootstrap.emailVariable))
        if let admin = try await AdminBootstrap.ensureAdmin(on: app.db, email: email) {
            print(AdminBootstrap.banner(email: admin.email, password: admin.password))
        }
    }

    private static func loadDemoWhenEmpty(_ app: Application, _ demo: DemoData.Scope) async throws {
        if try await Secretariat.query(on: app.db).count() == 0 {
            _ = try await DemoData.load(demo, now: app.clock.now(), on: app.db) { app.logger.notice("\($0)") }
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

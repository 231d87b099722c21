import Fluent
import SecretariadoCore
import Vapor

/// The one way demo data is loaded, by `serve` on an empty database and by `demo load`.
/// `.guide` loads only what the guide's tables say (the 16 STLs' composition, members,
/// organisations, facilitators and rules); `.all` adds what is invented to show the
/// platform at work, every record of it marked «Datos de demostración».
enum DemoData {
    enum Scope: Sendable {
        case guide, all
    }

    struct Loaded: Sendable {
        var secretariats = 0
        var sessions = 0
        var plans = 0
    }

    /// `now` is the app's clock: the sessions still ahead are convened from it.
    /// Nobody is notified of what the demo writes: its accounts are invented.
    static func load(_ scope: Scope, now: Date = Date(), on db: any Database, log: (String) -> Void) async throws -> Loaded {
        try await Notifier.muted { try await loadUnannounced(scope, now: now, on: db, log: log) }
    }

    private static func loadUnannounced(_ scope: Scope, now: Date, on db: any Database, log: (String) -> Void) async throws -> Loaded {
        var loaded = Loaded()
        loaded.secretariats = try await DemoLoader(db: db).load()
        log("Secretariados de la guía cargados: \(loaded.secretariats) (los ya existentes no se modifican).")
        guard scope == .all else { return loaded }
        try await DemoInstallationLoader(db: db).load()  // Yucatán, in formation: invented
        loaded.sessions = try await DemoSessionsLoader(db: db).load(now: now)
        log("Sesiones de demostración cargadas: \(loaded.sessions) (los STL que ya tienen sesiones no se modifican).")
        loaded.plans = try await DemoFollowUpLoader(db: db).load()
        log("Seguimiento de demostración cargado en \(loaded.plans) STL (los que ya tienen plan de acción no se modifican).")
        return loaded
    }

    /// `--no-demo` (serve) and `--only-guide` (demo load) ask for the guide's data alone.
    static func takeScopeFlag(_ flag: String, from arguments: [String]) -> (Scope, [String]) {
        arguments.contains(flag) ? (.guide, arguments.filter { $0 != flag }) : (.all, arguments)
    }
}

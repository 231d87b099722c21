import Fluent
import Vapor

/// `secretariado demo load`: loads the guide's 16 STLs on purpose (idempotent).
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "load")
        var action: String
        // National-scale dataset: `demo generate`.
        @Option(name: "secretariats", help: "generate: número de STL (estados y municipios), p. ej. 2500")
        var secretariats: Int?
        @Option(name: "years", help: "generate: años de sesiones mensuales, p. ej. 10")
        var years: Int?
        @Option(name: "seed", help: "generate: semilla pseudoaleatoria (por omisión 2026)")
        var seed: UInt64?
        @Option(name: "today", help: "generate: fecha de referencia AAAA-MM-DD (por omisión hoy)")
        var today: String?
        @Option(name: "per-transaction", help: "generate: STL por transacción (por omisión 100)")
        var perTransaction: Int?
    }

    var help: String { "Datos de demostración: `demo load` carga los 16 STL de la guía." }

    func run(using context: CommandContext, signature: Signature) async throws {
        // Demonstration events tell nobody (see `Notifier.isMuted`).
        try await Notifier.muted { try await run(context, signature) }
    }

    private func run(_ context: CommandContext, _ signature: Signature) async throws {
        let app = context.application
        switch signature.action {
        case "load":
            try await Bootstrap.enableWriteAheadLog(app)
            try await app.autoMigrate()
            let created = try await DemoLoader(db: app.db).load()
            try await DemoInstallationLoader(db: app.db).load()  // installation: Yucatán, in formation
            context.console.print("Secretariados cargados: \(created) (los ya existentes no se modifican).")
            // Sessions, voting, minutes and archive.
            let sessions = try await DemoSessionsLoader(db: app.db).load()
            context.console.print("Sesiones de demostración cargadas: \(sessions) (los STL que ya tienen sesiones no se modifican).")
            // Follow-up: agreements, action plan, finances and outreach.
            let plans = try await DemoFollowUpLoader(db: app.db).load()
            context.console.print("Seguimiento de demostración cargado en \(plans) STL (los que ya tienen plan de acción no se modifican).")
        // National-scale dataset.
        case "generate":
            try await DemoGenerate.run(signature, context: context)
        default:
            throw CommandFailure("Acción desconocida «\(signature.action)». Usa: secretariado demo load")
        }
    }
}

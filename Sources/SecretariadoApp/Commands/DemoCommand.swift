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
        @Flag(name: "only-guide", help: "load: solo los datos de las tablas de la guía, sin registros de demostración inventados")
        var onlyGuide: Bool
    }

    var help: String {
        "Datos de demostración: `demo load` carga los 16 STL de la guía y registros de demostración marcados como tales; `--only-guide`, solo la guía."
    }

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
            _ = try await DemoData.load(signature.onlyGuide ? .guide : .all, now: app.clock.now(), on: app.db) { context.console.print($0) }
        // National-scale dataset.
        case "generate":
            try await DemoGenerate.run(signature, context: context)
        default:
            throw CommandFailure("Acción desconocida «\(signature.action)». Usa: secretariado demo load")
        }
    }
}

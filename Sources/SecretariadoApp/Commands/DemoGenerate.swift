import Fluent
import Foundation
import Vapor

/// `secretariado demo generate --secretariats N --years Y [--seed S] [--today AAAA-MM-DD]`:
/// the national-scale dataset of the benchmarks (see `NationalDatasetGenerator`).
enum DemoGenerate {
    static func run(_ signature: DemoCommand.Signature, context: CommandContext) async throws {
        let app = context.application
        guard let count = signature.secretariats, (1...100_000).contains(count) else {
            throw CommandFailure("Indica --secretariats entre 1 y 100000, p. ej. secretariado demo generate --secretariats 2500 --years 10")
        }
        guard let years = signature.years, (1...50).contains(years) else {
            throw CommandFailure("Indica --years entre 1 y 50.")
        }
        var options = NationalDatasetGenerator.Options(secretariats: count, years: years)
        if let seed = signature.seed { options.seed = seed }
        if let text = signature.today {
            guard let date = CalendarDate.parse(text) else { throw CommandFailure("--today debe ser una fecha AAAA-MM-DD.") }
            options.today = date
        }
        if let per = signature.perTransaction {
            guard (1...10_000).contains(per) else { throw CommandFailure("--per-transaction debe estar entre 1 y 10000.") }
            options.perTransaction = per
        }
        try await Bootstrap.enableWriteAheadLog(app)
        try await app.autoMigrate()
        let started = Date()
        let console = context.console
        let report = try await NationalDatasetGenerator(db: app.db).run(options) { line in console.print(line) }
        let seconds = Date().timeIntervalSince(started)
        console.print(
            "Generados \(report.created) secretariados (\(report.skipped) ya existían), \(report.sessions) sesiones, "
                + "\(report.rows) filas en \(String(format: "%.1f", seconds)) s; semilla \(options.seed), "
                + "fecha de referencia \(CalendarDate.format(options.today)). Las minutas no llevan firmas.")
    }
}

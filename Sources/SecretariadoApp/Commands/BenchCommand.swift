import Fluent
import Foundation
import SecretariadoCore
import Vapor

/// `secretariado bench …`: measurements kept out of `swift test` (docs/benchmarks.md).
///
/// - `bench analyze [--seats 300] [--repeat 300]`: the voting-power analysis of large forums,
///   through the same JSON-in/JSON-out path as `secretariado analyze`; min/median/p99/max in µs.
/// - `bench votes-setup --seats 300 --motions 200 --out DIR`: an STL with that many seats, one
///   representative account and API token per seat, a convened session they all attend and
///   open motions; writes the tokens and motion ids for `scripts/bench/votes.lua`.
/// - `bench votes-verify --acks FILE`: checks that every vote the server acknowledged (201)
///   is in the database exactly once, motion by motion.
/// - `bench count`: the number of STLs (the script generates the dataset when short).
struct BenchCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "analyze | votes-setup | votes-verify | count")
        var action: String
        @Option(name: "seats", help: "Asientos del foro (analyze, votes-setup); por omisión 300")
        var seats: Int?
        @Option(name: "repeat", help: "Repeticiones (analyze); por omisión 300")
        var repeatCount: Int?
        @Option(name: "motions", help: "Mociones abiertas (votes-setup); por omisión 200")
        var motions: Int?
        @Option(name: "out", help: "Directorio de salida (votes-setup)")
        var out: String?
        @Option(name: "acks", help: "Archivo de acuses escrito por votes.lua (votes-verify)")
        var acks: String?
        @Option(name: "in-flight", help: "Votos guardados sin acuse tolerados: las conexiones del cliente (votes-verify); por omisión 0")
        var inFlight: Int?
    }

    var help: String { "Mediciones de rendimiento: bench analyze | bench votes-setup --out DIR | bench votes-verify --acks FILE" }

    func run(using context: CommandContext, signature: Signature) async throws {
        switch signature.action {
        case "analyze":
            try AnalyzerBench.run(seats: signature.seats ?? 300, repeatCount: signature.repeatCount ?? 300, console: context.console)
        case "votes-setup":
            guard let out = signature.out else { throw CommandFailure("Indica --out DIR.") }
            try await context.application.autoMigrate()
            try await VoteBench.setup(
                seats: signature.seats ?? 300, motions: signature.motions ?? 200, out: out,
                on: context.application.db, console: context.console)
        case "count":
            context.console.print("\(try await Secretariat.query(on: context.application.db).count())")
        case "votes-verify":
            guard let acks = signature.acks else { throw CommandFailure("Indica --acks FILE.") }
            try await VoteBench.verify(acks: acks, inFlight: signature.inFlight ?? 0, on: context.application.db, console: context.console)
        default:
            throw CommandFailure("Acción desconocida «\(signature.action)». Usa analyze, votes-setup o votes-verify.")
        }
    }
}

/// Timing statistics in microseconds.
struct Timings {
    let samples: [Double]

    init(_ samples: [Double]) {
        self.samples = samples.sorted()
    }

    func percentile(_ p: Double) -> Double {
        samples[min(samples.count - 1, Int((Double(samples.count) * p).rounded(.up)) - 1)]
    }

    var line: String {
        String(
            format: "min %.0f µs · mediana %.0f µs · p99 %.0f µs · máx %.0f µs (n=%d)",
            samples.first ?? 0, percentile(0.5), percentile(0.99), samples.last ?? 0, samples.count)
    }
}

enum AnalyzerBench {
    /// Forums of `seats` seats shaped like the guide's rules, plus a five-sector one.
    static func forums(seats: Int) -> [(String, String)] {
        let g = seats * 2 / 5
        let s = seats * 2 / 5
        let o = seats - g - s
        let fifth = seats / 5
        return [
            (
                "consenso, luego mayoría con voto de sociedad civil (\(g)-\(s)-\(o))",
                #"{"forums":[{"name":"A","seats":{"gobierno":\#(g),"sociedad_civil":\#(s),"organismo_garante":\#(o)},"rule":{"kind":"consensus_then_majority","threshold":"simple","requireSectors":["sociedad_civil"]}}]}"#
            ),
            (
                "mayoría de dos tercios con voto de cada sector (\(g)-\(s)-\(o))",
                #"{"forums":[{"name":"B","seats":{"gobierno":\#(g),"sociedad_civil":\#(s),"organismo_garante":\#(o)},"rule":{"kind":"majority","threshold":"two_thirds","requireEverySector":true}}]}"#
            ),
            (
                "mayoría simple, cinco sectores (\(fifth) cada uno)",
                #"{"forums":[{"name":"C","seats":{"gobierno":\#(fifth),"sociedad_civil":\#(fifth),"organismo_garante":\#(fifth),"academia":\#(fifth),"sector_privado":\#(seats - 4 * fifth)},"rule":{"kind":"consensus_then_majority"}}]}"#
            ),
        ]
    }

    static func run(seats: Int, repeatCount: Int, console: any Console) throws {
        guard (3...2_000).contains(seats), (1...100_000).contains(repeatCount) else {
            throw CommandFailure("--seats entre 3 y 2000, --repeat entre 1 y 100000.")
        }
        console.print("Análisis de poder de voto, \(seats) asientos, \(repeatCount) repeticiones (JSON de entrada a JSON de salida):")
        for (label, json) in forums(seats: seats) {
            let data = Data(json.utf8)
            guard case .success = AnalysisService.analyze(jsonData: data) else { throw CommandFailure("Foro de prueba inválido: \(label)") }
            var samples: [Double] = []
            samples.reserveCapacity(repeatCount)
            for _ in 0..<repeatCount {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = AnalysisService.analyze(jsonData: data)
                samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000)
            }
            console.print("  \(label): \(Timings(samples).line)")
        }
    }
}

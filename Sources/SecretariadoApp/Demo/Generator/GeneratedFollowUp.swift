import Foundation
import SecretariadoCore

/// What one generated STL does after deciding: a Plan de Acción Local every two
/// years with commitments and dated milestones (done ones with evidence, so the derived
/// OGP completion level has something to count), quarterly spending in exact centavos, and
/// outreach activities. Follow-up notes on acuerdos are written with the sessions.
enum GeneratedFollowUp {
    static let commitments: [(title: String, problem: String, objective: String, values: [OGPValue])] = [
        (
            "Datos abiertos de obra pública", "La información de obra pública no se publica en formatos reutilizables.",
            "Publicar en datos abiertos los contratos, avances y pagos de la obra pública.", [.accesoInformacion, .rendicionCuentas]
        ),
        (
            "Presupuesto participativo abierto", "La ciudadanía no conoce ni decide el destino de una parte del presupuesto.",
            "Abrir a votación ciudadana una parte del presupuesto y publicar su ejecución.", [.participacionCivica, .rendicionCuentas]
        ),
        (
            "Contrataciones abiertas", "Los procedimientos de contratación no son verificables por la ciudadanía.",
            "Adoptar el estándar de datos de contrataciones abiertas en todas las compras.", [.accesoInformacion, .tecnologiaInnovacion]
        ),
        (
            "Seguimiento ciudadano a programas sociales", "Los padrones y resultados de los programas sociales no son públicos.",
            "Publicar padrones anonimizados y resultados, con mecanismos de contraloría social.", [.participacionCivica, .accesoInformacion]
        ),
        (
            "Gobierno abierto municipal", "Los municipios no tienen capacidades para abrir su información.",
            "Capacitar a los municipios y acompañarlos en la publicación proactiva.", [.participacionCivica]
        ),
        (
            "Transparencia en seguridad pública", "La información de incidencia delictiva llega tarde y sin desagregar.",
            "Publicar mensualmente la incidencia delictiva desagregada y georreferenciada.", [.accesoInformacion, .tecnologiaInnovacion]
        ),
    ]

    static let milestones = ["Diagnóstico y línea base", "Diseño con sociedad civil", "Publicación de la primera versión", "Evaluación y ajuste"]
    static let concepts = [
        "Logística de sesiones", "Materiales de difusión", "Talleres de cocreación", "Plataforma y datos abiertos", "Traducción a lenguas indígenas",
    ]
    static let sources = [
        "Presupuesto del organismo garante", "Aportación en especie de sociedad civil", "Donativo de cooperación internacional",
        "Presupuesto estatal",
    ]
    static let audiences = ["Servidores públicos", "Organizaciones de la sociedad civil", "Estudiantes universitarios", "Público en general"]

    /// Plans, commitments, milestones, spending and outreach from `first` (a month's first
    /// day) for `years` years; things dated after `today` are planned, not done.
    static func make(
        _ forum: GeneratedForum, first: (year: Int, month: Int), years: Int, today: Date,
        random: inout SeededRandom, ids: inout GeneratedIDs, into batch: inout GeneratedBatch
    ) {
        let stlID = forum.stl.id!
        let slug = forum.stl.slug
        let date = { (year: Int, month: Int, day: Int) in MexicoCityTime.date(at: CivilDateTime(year: year, month: month, day: day)!) }
        let government = forum.forum.seats.first { $0.sector == .gobierno }?.titular?.organization?.name ?? "Gobierno de \(forum.stl.name)"
        let society = forum.forum.seats.first { $0.sector == .sociedadCivil }?.titular?.organization?.name ?? "Sociedad civil de \(forum.stl.name)"
        for cycle in 0..<max(1, (years + 1) / 2) {
            let startYear = first.year + 2 * cycle
            let starts = date(startYear, first.month, 1)
            let ends = date(startYear + 2, first.month, 1).addingTimeInterval(-86_400)
            let planID = ids.next()
            batch.actionPlans.add([
                planID, stlID, "Plan de Acción Local \(startYear)–\(startYear + 2) de \(forum.stl.name)",
                bind("Compromisos cocreados por el STL para el periodo \(startYear)–\(startYear + 2)."), starts, ends, starts,
            ])
            var pool = commitments
            for number in 1...Int.random(in: 3...5, using: &random) {
                let item = pool.remove(at: Int.random(in: 0..<pool.count, using: &random))
                let commitmentID = ids.next()
                let override = random.chance(0.05)
                batch.commitments.add([
                    commitmentID, stlID, planID, number, item.title, item.problem, item.objective, government, society,
                    item.values.map(\.rawValue),
                    bind(override ? CompletionLevel.sustancial.rawValue : nil as String?),
                    bind(override ? "El STL valoró la evidencia cualitativa de las mesas de seguimiento." : nil as String?),
                    starts, starts,
                ])
                for (position, title) in milestones.enumerated() {
                    // Spread over the plan's two years: month 5, 11, 17, 23.
                    let due = starts.addingTimeInterval(TimeInterval((6 * position + 5) * 30) * 86_400)
                    let done = due < today && random.chance(0.85)
                    let doneOn = done ? due.addingTimeInterval(TimeInterval(Int.random(in: -20...20, using: &random)) * 86_400) : nil
                    let evidence =
                        done
                        ? ["https://evidencias.secretariado.invalid/\(slug)/plan-\(startYear)/compromiso-\(number)/hito-\(position + 1).pdf"] : []
                    batch.milestones.add([ids.next(), commitmentID, position + 1, title, bind(due as Date?), done, bind(doneOn), evidence, starts])
                }
            }
        }
        for year in first.year..<(first.year + years) {
            for quarter in 0..<4 {
                let spent = date(year, quarter * 3 + 2, 15)
                guard spent < today else { continue }
                let pesos = Int64.random(in: 5_000...80_000, using: &random)
                batch.expenses.add([
                    ids.next(), stlID, spent, random.pick(concepts), pesos * 100 + Int64.random(in: 0...99, using: &random),
                    random.pick(sources),
                    bind(
                        random.chance(0.7) ? "https://transparencia.secretariado.invalid/\(slug)/recibo-\(year)-\(quarter + 1).pdf" : nil as String?),
                    forum.facilitatorName, spent,
                ])
            }
            for half in 0..<2 {
                let held = date(year, half * 6 + 4, 20)
                guard held < today else { continue }
                let kind = random.pick(OutreachKind.allCases)
                batch.outreach.add([
                    ids.next(), stlID, held, kind.rawValue, "\(kind.label.es) de gobierno abierto en \(forum.stl.name)",
                    random.pick(audiences), Int.random(in: 15...200, using: &random), [String](), forum.facilitatorName, held,
                ])
            }
        }
    }
}

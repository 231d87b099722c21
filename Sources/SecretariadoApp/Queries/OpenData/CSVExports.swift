import Fluent
import SecretariadoCore
import Vapor

/// The CSV datasets (RFC 4180, UTF-8, header row), built with Core's `CSVWriter`.
enum CSVExports {
    /// The `demo` column: «si» on a record the demo invented.
    static func yesNo(_ value: Bool) -> String { value ? "si" : "no" }

    static func secretariats(on db: any Database, demo: DemoContent.Snapshot) async throws -> String {
        let (items, _) = try await SecretariatSummary.all(on: db)
        let rows = items.map { stl in
            [
                stl.slug, stl.name, stl.level.rawValue, stl.status.rawValue,
                "\(stl.composition.count(.gobierno))", "\(stl.composition.count(.sociedadCivil))",
                "\(stl.composition.count(.organismoGarante))", stl.balance.isBalanced ? "si" : "no", stl.rule.kind.rawValue, stl.ruleText,
                "\(stl.vacancies.count)", stl.integration.isCurrentlyBalanced ? "si" : "no",
                yesNo(demo.invented.contains(stl.slug)), yesNo(demo.invented.contains(stl.slug) || demo.withRecords.contains(stl.slug)),
            ]
        }
        return try CSVWriter().string(
            header: [
                "slug", "nombre", "ambito", "estado", "gobierno", "sociedad_civil", "organismo_garante", "equilibrado", "regla", "regla_texto",
                "vacantes_titulares", "equilibrado_hoy", "demo", "con_registros_demo",
            ],
            rows: rows)
    }

    /// Every term of every seat, public fields only.
    static func members(on db: any Database) async throws -> String {
        let secretariats = try await Secretariat.query(on: db).sort(\.$slug).all()
        let slugs = Dictionary(uniqueKeysWithValues: secretariats.map { ($0.id!, $0.slug) })
        let seats = try await Seat.query(on: db)
            .with(\.$terms) { $0.with(\.$person).with(\.$organization) }
            .all()
            .sorted { (slugs[$0.$secretariat.id] ?? "", $0.sector, $0.number) < (slugs[$1.$secretariat.id] ?? "", $1.sector, $1.number) }
        var rows: [[String]] = []
        for seat in seats {
            for term in seat.terms.sorted(by: { ($0.role.rawValue, $0.startsOn ?? .distantPast) < ($1.role.rawValue, $1.startsOn ?? .distantPast) }) {
                rows.append([
                    slugs[seat.$secretariat.id] ?? "", seat.sector, "\(seat.number)", term.role.rawValue,
                    term.person?.name ?? "", term.office ?? "", term.organization?.name ?? "",
                    term.startsOn.map(CalendarDate.format) ?? "", term.endsOn.map(CalendarDate.format) ?? "",
                    term.isCurrent ? "si" : "no",
                    // Civil-society seats: elected by the organisations, or a direct appointment.
                    term.appointment.map { $0.direct ? "directa" : "eleccion" } ?? "",
                    term.appointment?.reference.rawValue ?? "", term.appointment?.reason ?? "", yesNo(term.isDemo),
                ])
            }
        }
        return try CSVWriter().string(
            header: [
                "secretariado", "sector", "asiento", "calidad", "persona", "cargo", "organizacion", "inicio", "fin", "vigente",
                "designacion", "designacion_referencia", "designacion_motivo", "demo",
            ],
            rows: rows)
    }

    static func response(_ csv: String, filename: String) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "csv", parameters: ["charset": "utf-8", "header": "present"])
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(filename)\"")
        return Response(status: .ok, headers: headers, body: .init(string: csv))
    }
}

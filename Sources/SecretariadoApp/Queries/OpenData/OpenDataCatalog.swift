import Fluent
import Vapor

/// `GET /api/v1/opendata`: every dataset the platform publishes, in JSON and CSV, with its
/// licence and when it last changed (the newest audit entry: every write is audited).
struct OpenDataCatalog: Content {
    struct Dataset: Content {
        let id: String
        let title: String
        let description: String
        let format: String
        let url: String
        let license: String
        let updatedAt: Date?
    }

    static let license = "CC-BY-4.0"
    static let licenseUrl = "https://creativecommons.org/licenses/by/4.0/deed.es"

    let license: String
    let licenseUrl: String
    let datasets: [Dataset]

    static func build(on db: any Database) async throws -> OpenDataCatalog {
        let updated = try await AuditEntry.query(on: db).max(\.$at)
        let slugs = try await Secretariat.query(on: db).sort(\.$slug).all(\.$slug)
        func dataset(_ id: String, _ title: String, _ description: String, _ format: String, _ url: String) -> Dataset {
            Dataset(id: id, title: title, description: description, format: format, url: url, license: license, updatedAt: updated)
        }
        var datasets = [
            dataset(
                "secretariats-json", "Secretariados Técnicos Locales",
                "Cada STL con sus titulares por sector y si cumple la representación equilibrada.", "application/json", APIURL.secretariats.path),
            dataset(
                "secretariats-csv", "Secretariados Técnicos Locales (CSV)", "La misma lista en CSV (RFC 4180, UTF-8).", "text/csv",
                OpenDataURL.secretariatsCSV.path),
            dataset(
                "members-csv", "Integrantes de los STL (CSV)", "Titulares y suplentes vigentes e históricos de todos los STL; sin datos de contacto.",
                "text/csv", OpenDataURL.membersCSV.path),
        ]
        datasets += slugs.map {
            dataset(
                "popolo-\($0)", "STL \($0) en Popolo", "Organización, sectores, asientos, integrantes, sesiones y votaciones en formato Popolo.",
                "application/json", OpenDataURL.popolo(.value($0)).path)
        }
        // Sessions, voting, minutes and archive.
        datasets.append(
            dataset(
                "agreements-csv", "Acuerdos de los STL (CSV)",
                "Acuerdos de todos los STL: responsable, fecha compromiso, estado de seguimiento y sesión que los adoptó.",
                "text/csv", OpenDataURL.agreementsCSV.path))
        for slug in slugs {
            datasets.append(
                dataset(
                    "sessions-ics-\(slug)", "Calendario de sesiones del STL \(slug)",
                    "Sesiones convocadas, concluidas y canceladas en iCalendar (RFC 5545), para suscribirse.",
                    "text/calendar", APIURL.sessionsCalendar(.value(slug)).path))
            datasets.append(
                dataset(
                    "agreements-\(slug)", "Acuerdos del STL \(slug)",
                    "Acuerdos con responsable, fecha compromiso y estado.", "application/json", APIURL.agreements(.value(slug)).path))
            datasets.append(
                dataset(
                    "archive-\(slug)", "Archivo de minutas firmadas del STL \(slug)",
                    "Minutas finalizadas y firmas Ed25519 en una cadena de hashes SHA-256; se verifica sin conexión con `secretariado verify`.",
                    "application/json", APIURL.archive(.value(slug)).path))
        }
        // Follow-up: agreements, action plan, finances and outreach.
        datasets += [
            dataset(
                "followup-json", "Tablero nacional de seguimiento",
                "Compromisos por nivel de cumplimiento, acuerdos por trimestre y estado, gasto por trimestre, con una línea por STL.",
                "application/json", APIURL.nationalFollowUp.path),
            dataset(
                "commitments-csv", "Compromisos de los Planes de Acción Local (CSV)",
                "Problema, objetivo, responsables, valores de la AGA, hitos y nivel de cumplimiento (según hitos y ajustado por el STL, con motivo).",
                "text/csv", APIURL.nationalCommitmentsCSV.path),
            dataset(
                "milestones-csv", "Hitos de los compromisos (CSV)", "Cada hito con fecha programada, cumplimiento y evidencias.", "text/csv",
                APIURL.nationalMilestonesCSV.path),
            dataset(
                "expenses-csv", "Recursos ejercidos por los STL (CSV)", "Fecha, concepto, monto exacto en pesos, fuente y comprobante.", "text/csv",
                APIURL.nationalExpensesCSV.path),
            dataset(
                "outreach-csv", "Actividades de sensibilización y difusión (CSV)", "Fecha, tipo, público, asistentes y materiales.", "text/csv",
                APIURL.nationalOutreachCSV.path),
        ]
        for slug in slugs {
            let value = Parameter<String>.value(slug)
            datasets += [
                dataset(
                    "action-plans-\(slug)", "Plan de Acción Local del STL \(slug)",
                    "Planes, compromisos e hitos con su nivel de cumplimiento (JSON).", "application/json", APIURL.actionPlans(value).path),
                dataset(
                    "expenses-\(slug)", "Recursos ejercidos por el STL \(slug)", "Gastos con totales exactos por periodo y concepto (JSON).",
                    "application/json", APIURL.expenses(value).path),
                dataset(
                    "outreach-\(slug)", "Difusión del STL \(slug)", "Actividades de sensibilización y difusión (JSON).", "application/json",
                    APIURL.outreach(value).path),
            ]
        }
        return OpenDataCatalog(license: license, licenseUrl: licenseUrl, datasets: datasets)
    }
}

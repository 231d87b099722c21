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
            dataset("secretariats-json", "Secretariados Técnicos Locales", "Cada STL con sus titulares por sector y si cumple la representación equilibrada.", "application/json", APIURL.secretariats.path),
            dataset("secretariats-csv", "Secretariados Técnicos Locales (CSV)", "La misma lista en CSV (RFC 4180, UTF-8).", "text/csv", OpenDataURL.secretariatsCSV.path),
            dataset("members-csv", "Integrantes de los STL (CSV)", "Titulares y suplentes vigentes e históricos de todos los STL; sin datos de contacto.", "text/csv", OpenDataURL.membersCSV.path),
        ]
        datasets += slugs.map {
            dataset("popolo-\($0)", "STL \($0) en Popolo", "Organización, sectores, asientos, integrantes, sesiones y votaciones en formato Popolo.", "application/json", OpenDataURL.popolo(.value($0)).path)
        }
        // Sessions, voting, minutes and archive (issue #4).
        datasets.append(dataset(
            "agreements-csv", "Acuerdos de los STL (CSV)",
            "Acuerdos de todos los STL: responsable, fecha compromiso, estado de seguimiento y sesión que los adoptó.",
            "text/csv", OpenDataURL.agreementsCSV.path))
        for slug in slugs {
            datasets.append(dataset(
                "sessions-ics-\(slug)", "Calendario de sesiones del STL \(slug)",
                "Sesiones convocadas, concluidas y canceladas en iCalendar (RFC 5545), para suscribirse.",
                "text/calendar", APIURL.sessionsCalendar(.value(slug)).path))
            datasets.append(dataset(
                "agreements-\(slug)", "Acuerdos del STL \(slug)",
                "Acuerdos con responsable, fecha compromiso y estado.", "application/json", APIURL.agreements(.value(slug)).path))
            datasets.append(dataset(
                "archive-\(slug)", "Archivo de minutas firmadas del STL \(slug)",
                "Minutas finalizadas y firmas Ed25519 en una cadena de hashes SHA-256; se verifica sin conexión con `secretariado verify`.",
                "application/json", APIURL.archive(.value(slug)).path))
        }
        return OpenDataCatalog(license: license, licenseUrl: licenseUrl, datasets: datasets)
    }
}

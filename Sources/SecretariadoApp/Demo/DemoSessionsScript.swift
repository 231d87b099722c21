import Foundation
import SecretariadoCore

/// What happens in the demo year of sessions: per month, the topic put to the vote and how
/// each sector votes. Plain data, so the story reads like an STL's real year and each
/// outcome follows from the STL's own rule (Jalisco needs a civil-society vote, Morelos one
/// vote of every sector).
enum DemoSessionsScript {
    /// How the seats of each sector vote; sectors not listed vote a favor.
    struct Month: Sendable {
        let topic: String
        let motion: String
        let owner: String
        let ownerSector: SectorCode?
        let votes: [SectorCode: VoteOption]
        /// Seats (sector, number) whose suplente attends instead of the titular.
        let suplentes: [String]
        /// Seats absent this month.
        let absent: [String]
    }

    static let topics: [(String, String, String, SectorCode?)] = [
        ("Ruta de trabajo 2026 y estrategia de participación", "Aprobar la ruta de trabajo 2026 del STL", "Facilitación y Pleno", nil),
        ("Mesas de cocreación del Plan de Acción Local", "Aprobar el calendario de mesas de cocreación", "Sociedad civil", .sociedadCivil),
        ("Metodología de seguimiento de compromisos", "Aprobar la metodología de seguimiento de compromisos", "Organismo garante", .organismoGarante),
        (
            "Convocatoria abierta a organizaciones", "Publicar la convocatoria abierta a organizaciones para las mesas temáticas", "Sociedad civil",
            .sociedadCivil
        ),
        ("Informe trimestral de avances", "Aprobar y publicar el primer informe trimestral de avances", "Gobierno", .gobierno),
        ("Compromiso de datos abiertos presupuestales", "Incorporar al PAL el compromiso de datos abiertos presupuestales", "Gobierno", .gobierno),
        ("Programa de sensibilización en municipios", "Aprobar el programa de sensibilización en municipios", "Organismo garante", .organismoGarante),
        ("Recursos para difusión", "Asignar recursos para la campaña de difusión de resultados", "Gobierno", .gobierno),
        ("Autoevaluación de medio término", "Aprobar el informe de autoevaluación de medio término", "Facilitación y Pleno", nil),
        ("Rotación de representantes", "Aprobar el procedimiento de rotación de representantes de sociedad civil", "Sociedad civil", .sociedadCivil),
        ("Calendario de sesiones 2027", "Aprobar el calendario de sesiones ordinarias 2027", "Facilitación y Pleno", nil),
    ]

    /// The months of one STL: who dissents when, who stands in. Seats are "sector-number".
    static func months(for slug: String) -> [Month] {
        var dissent: [Int: [SectorCode: VoteOption]] = [:]
        var suplentes: [Int: [String]] = [:]
        var absent: [Int: [String]] = [:]
        switch slug {
        case "jalisco":
            // May: civil society votes against; the majority has no civil-society vote.
            dissent[5] = [.sociedadCivil: .enContra]
            dissent[8] = [.organismoGarante: .enContra]
            suplentes[2] = ["gobierno-2"]
            suplentes[6] = ["sociedad_civil-3"]
            suplentes[9] = ["gobierno-2", "sociedad_civil-3"]
            absent[4] = ["gobierno-4"]
            absent[10] = ["sociedad_civil-2"]
        case "morelos":
            // August: the guarantor votes against; every sector's vote is required.
            dissent[8] = [.organismoGarante: .enContra]
            dissent[3] = [.sociedadCivil: .abstencion]
            suplentes[3] = ["gobierno-2"]
            suplentes[7] = ["sociedad_civil-1"]
            suplentes[11] = ["gobierno-2"]
            absent[6] = ["gobierno-1"]
        default:
            // Nuevo León: a majority adoption in June and a rejection in October.
            dissent[6] = [.organismoGarante: .enContra]
            dissent[10] = [.gobierno: .enContra, .organismoGarante: .abstencion]
            suplentes[2] = ["sociedad_civil-2"]
            suplentes[5] = ["gobierno-3"]
            suplentes[8] = ["sociedad_civil-2", "gobierno-3"]
            absent[3] = ["gobierno-2"]
            absent[9] = ["sociedad_civil-3"]
        }
        return topics.enumerated().map { index, topic in
            let month = index + 1
            return Month(
                topic: topic.0, motion: topic.1, owner: topic.2, ownerSector: topic.3,
                votes: dissent[month] ?? [:], suplentes: suplentes[month] ?? [], absent: absent[month] ?? [])
        }
    }

    /// Seats that get a demo suplente, so that attendance can show stand-ins.
    static func suplenteSeats(for slug: String) -> Set<String> {
        Set(months(for: slug).flatMap(\.suplentes))
    }

    static let monthNames = [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
        "septiembre", "octubre", "noviembre", "diciembre",
    ]

    /// What the minutes say of each item; without a facilitator (a vacancy), nobody in that
    /// role can have presented anything.
    static func discussion(facilitated: Bool) -> [String] {
        [
            facilitated
                ? "La persona facilitadora presentó los antecedentes y los representantes intercambiaron observaciones."
                : "La secretaría técnica provisional presentó los antecedentes y los representantes intercambiaron observaciones."
        ]
            + discussion.dropFirst()
    }

    private static let discussion = [
        "",
        "Se revisó el avance respecto de la sesión anterior y se recogieron las propuestas de los tres sectores.",
        "Los representantes deliberaron sobre el alcance y los plazos; se acordó someter la propuesta a votación.",
    ]
}

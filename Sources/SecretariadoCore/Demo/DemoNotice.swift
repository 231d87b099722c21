import Foundation

/// What a page says about invented data. The guide's tables are real; the demo adds
/// sessions, votes, minutes, agreements, plans, expenses, outreach, extra suplentes and an
/// STL in formation to show the platform at work, and every page that shows them says so.
public enum DemoNotice: Hashable, Sendable {
    /// The STL itself is invented (the one in formation).
    case inventedSecretariat
    /// An STL of the guide that holds invented records.
    case inventedRecords
    /// A page outside any STL, on an installation that holds demo data.
    case installation

    public static let label = Localized(es: "Datos de demostración", en: "Demonstration data")

    public var text: Localized {
        switch self {
        case .inventedSecretariat:
            Localized(
                es:
                    "Este STL en formación es inventado para mostrar la instalación en la plataforma: no aparece en la guía, y todo lo que contiene es de demostración.",
                en:
                    "This STL in formation is invented to show installation on the platform: it is not in the guide, and everything in it is demonstration data."
            )
        case .inventedRecords:
            Localized(
                es:
                    "Las sesiones, votaciones, actas, firmas, acuerdos, planes, gastos y actividades de difusión de este STL, y los suplentes marcados, son inventados para mostrar la plataforma. Su composición, integrantes, organizaciones, facilitación y regla de decisión vienen de las Tablas 2 a 5 de la guía (a septiembre de 2017).",
                en:
                    "This STL's sessions, votes, minutes, signatures, agreements, plans, expenses and outreach activities, and the suplentes so marked, are invented to show the platform. Its composition, members, organisations, facilitator and decision rule come from Tables 2 to 5 of the guide (as of September 2017)."
            )
        case .installation:
            Localized(
                es:
                    "Esta instalación contiene datos de demostración: los 16 STL vienen de las Tablas 2 a 5 de la guía; sus sesiones, acuerdos, planes y finanzas, y el STL en formación de Yucatán, son inventados y están marcados como tales.",
                en:
                    "This installation holds demonstration data: the 16 STLs come from Tables 2 to 5 of the guide; their sessions, agreements, plans and finances, and the Yucatán STL in formation, are invented and marked as such."
            )
        }
    }

    /// Which notice a page shows: the STL's own when the page belongs to an STL that holds
    /// invented data, the installation's on pages outside any STL, none otherwise.
    public static func forPage(stlSlug: String?, invented: Set<String>, withRecords: Set<String>) -> DemoNotice? {
        if let stlSlug {
            if invented.contains(stlSlug) { return .inventedSecretariat }
            if withRecords.contains(stlSlug) { return .inventedRecords }
            return nil
        }
        return invented.isEmpty && withRecords.isEmpty ? nil : .installation
    }
}

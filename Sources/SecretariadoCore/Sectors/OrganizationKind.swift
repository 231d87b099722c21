import Foundation

/// What kind of body an organisation is. Facilitators should come from academia or civil
/// society (guide, «¿Cómo funciona…?»), so the kind is recorded for them too.
public enum OrganizationKind: String, Codable, Sendable, CaseIterable {
    case gobierno
    case sociedadCivil = "sociedad_civil"
    case organismoGarante = "organismo_garante"
    case academia
    case consultoria
    case privado
    case otro

    public var label: Localized {
        switch self {
        case .gobierno: Localized(es: "Gobierno", en: "Government")
        case .sociedadCivil: Localized(es: "Sociedad civil", en: "Civil society")
        case .organismoGarante: Localized(es: "Organismo garante", en: "Guarantor body")
        case .academia: Localized(es: "Academia", en: "Academia")
        case .consultoria: Localized(es: "Consultoría", en: "Consultancy")
        case .privado: Localized(es: "Sector privado", en: "Private sector")
        case .otro: Localized(es: "Otro", en: "Other")
        }
    }

    /// The sector a body of this kind naturally represents, if any.
    public var naturalSector: SectorCode? {
        switch self {
        case .gobierno: .gobierno
        case .sociedadCivil: .sociedadCivil
        case .organismoGarante: .organismoGarante
        default: nil
        }
    }
}

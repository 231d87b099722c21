import Foundation

/// What an organisation registered in the open call works on. The guide (citing the OGP
/// handbook) recommends combining broad sectoral agendas with the specific demands of
/// communities or population groups.
public enum AgendaKind: String, CaseIterable, Codable, Sendable {
    /// Health, education, security…
    case sectorial
    /// The demands of a community or population group.
    case comunitaria

    public var label: Localized {
        switch self {
        case .sectorial: Localized(es: "Agenda sectorial", en: "Sectoral agenda")
        case .comunitaria: Localized(es: "Agenda comunitaria o de grupo de población", en: "Community or population-group agenda")
        }
    }
}

/// The decision on a registration in the open call.
public enum RegistrationStatus: String, CaseIterable, Codable, Sendable {
    case pendiente
    case validada
    case rechazada

    public var label: Localized {
        switch self {
        case .pendiente: Localized(es: "Pendiente de validación", en: "Awaiting validation")
        case .validada: Localized(es: "Validada", en: "Validated")
        case .rechazada: Localized(es: "Rechazada", en: "Rejected")
        }
    }
}

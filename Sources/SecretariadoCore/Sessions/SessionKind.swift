import Foundation

/// Ordinary sessions follow the STL's calendar; extraordinary ones are convened when a
/// matter cannot wait (guide, «¿Cómo funciona…?», facilitator function 1).
public enum SessionKind: String, Codable, Sendable, CaseIterable {
    case ordinaria
    case extraordinaria

    public var label: Localized {
        switch self {
        case .ordinaria: Localized(es: "Ordinaria", en: "Ordinary")
        case .extraordinaria: Localized(es: "Extraordinaria", en: "Extraordinary")
        }
    }
}

/// Where members meet.
public enum SessionModality: String, Codable, Sendable, CaseIterable {
    case presencial
    case virtual
    case hibrida

    public var label: Localized {
        switch self {
        case .presencial: Localized(es: "Presencial", en: "In person")
        case .virtual: Localized(es: "Virtual", en: "Online")
        case .hibrida: Localized(es: "Híbrida", en: "Hybrid")
        }
    }
}

/// The life of a session: a representative asks for it, the facilitator convenes it, and
/// it ends either cancelled or concluded with finalised minutes (after which it is frozen).
public enum SessionStatus: String, Codable, Sendable, CaseIterable {
    case solicitada
    case convocada
    case cancelada
    case concluida

    public var label: Localized {
        switch self {
        case .solicitada: Localized(es: "Solicitada", en: "Requested")
        case .convocada: Localized(es: "Convocada", en: "Convened")
        case .cancelada: Localized(es: "Cancelada", en: "Cancelled")
        case .concluida: Localized(es: "Concluida", en: "Concluded")
        }
    }

    /// Visible to the public (calendar, pages): requests stay among members.
    public var isPublic: Bool { self != .solicitada }
}

import Foundation

/// The kinds of permanent awareness and dissemination activity an STL carries out
/// (guide, «¿Qué es y qué hace…?», function 3: "acciones permanentes de sensibilización,
/// promoción y difusión").
public enum OutreachKind: String, Codable, Sendable, CaseIterable {
    case taller
    case foro
    case capacitacion
    case reunion
    case campana
    case publicacion
    case otro

    public var label: Localized {
        switch self {
        case .taller: Localized(es: "Taller", en: "Workshop")
        case .foro: Localized(es: "Foro o conversatorio", en: "Forum or panel")
        case .capacitacion: Localized(es: "Capacitación", en: "Training")
        case .reunion: Localized(es: "Reunión de sensibilización", en: "Awareness meeting")
        case .campana: Localized(es: "Campaña de difusión", en: "Dissemination campaign")
        case .publicacion: Localized(es: "Publicación", en: "Publication")
        case .otro: Localized(es: "Otra actividad", en: "Other activity")
        }
    }
}

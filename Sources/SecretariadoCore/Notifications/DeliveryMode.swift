import Foundation

/// How a person wants to hear of one kind of notice by e-mail. The in-app notice
/// («Avisos») is always written, whatever the choice.
public enum DeliveryMode: String, Hashable, Sendable, Codable, CaseIterable {
    case immediate = "inmediato"
    case digest = "resumen"
    case none = "ninguno"

    public var label: Localized {
        switch self {
        case .immediate: Localized(es: "Correo al momento", en: "E-mail right away")
        case .digest: Localized(es: "Resumen diario", en: "Daily digest")
        case .none: Localized(es: "Sin correo (solo en Avisos)", en: "No e-mail (Notices only)")
        }
    }
}

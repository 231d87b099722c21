import Foundation

/// How a seat votes on a motion.
public enum VoteOption: String, Codable, Sendable, CaseIterable {
    case aFavor = "a_favor"
    case enContra = "en_contra"
    case abstencion = "abstencion"

    public var label: Localized {
        switch self {
        case .aFavor: Localized(es: "A favor", en: "In favour")
        case .enContra: Localized(es: "En contra", en: "Against")
        case .abstencion: Localized(es: "Abstención", en: "Abstention")
        }
    }

    /// The Popolo vote option code list.
    public var popolo: String {
        switch self {
        case .aFavor: "yes"
        case .enContra: "no"
        case .abstencion: "abstain"
        }
    }
}

/// Who holds a seat: the full member or the alternate.
public enum HolderRole: String, Codable, Sendable, CaseIterable {
    case titular
    case suplente

    public var label: Localized {
        switch self {
        case .titular: Localized(es: "Titular", en: "Full member")
        case .suplente: Localized(es: "Suplente", en: "Alternate")
        }
    }
}

/// Who of a seat attended a session. A suplente votes only in the titular's absence.
public enum Attendance: String, Codable, Sendable, CaseIterable {
    case titular
    case suplente
    case absent = "ausente"

    public var isPresent: Bool { self != .absent }
}

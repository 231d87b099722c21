import Foundation

/// The step of a decision rule that settled a motion.
public enum DecisionStep: String, Hashable, Codable, Sendable, CaseIterable {
    case quorum
    case consensus
    case majority

    public var label: Localized {
        switch self {
        case .quorum: Localized(es: "Quórum", en: "Quorum")
        case .consensus: Localized(es: "Consenso", en: "Consensus")
        case .majority: Localized(es: "Mayoría", en: "Majority")
        }
    }
}

import Foundation

/// The result of applying a decision rule to one vote, with everything needed to explain
/// it (which step decided, the tally by sector, which requirement failed).
public struct Outcome: Hashable, Sendable {
    public enum Result: String, Hashable, Codable, Sendable, CaseIterable {
        case adopted
        case notAdopted = "not_adopted"
        case noQuorum = "no_quorum"

        public var label: Localized {
            switch self {
            case .adopted: Localized(es: "Adoptado", en: "Adopted")
            case .notAdopted: Localized(es: "No adoptado", en: "Not adopted")
            case .noQuorum: Localized(es: "Sin quórum", en: "No quorum")
            }
        }
    }

    public let result: Result
    /// The step that settled the motion: quorum (no quorum), consensus, or majority.
    public let decidedBy: DecisionStep
    public let tally: Tally
    /// Every requirement that failed in the steps evaluated, in order. A motion adopted by
    /// majority still lists why consensus failed; `decisiveFailures` keeps only the last step's.
    public let failedRequirements: [Requirement]
    /// True when consensus failed, the rule has no majority fallback and it allows sending
    /// the motion to a mesa temática (Veracruz).
    public let mayBeReferredToMesaTematica: Bool
    /// The rule applied, kept so that the explanation can quote its threshold and base.
    public let rule: DecisionRule

    public var isAdopted: Bool { result == .adopted }

    /// The failed requirements of the step that decided.
    public var decisiveFailures: [Requirement] {
        failedRequirements.filter { $0.step == decidedBy }
    }
}

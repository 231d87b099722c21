import Foundation

/// Something an analysis of a forum's composition and rule says to its readers: a breach of
/// the guide's minimum requirements, a concentration of power, or a plain explanation.
public struct Finding: Hashable, Sendable {
    public enum Severity: String, Hashable, Codable, Sendable, CaseIterable, Comparable {
        /// The forum breaks a rule of the guide or cannot work as written.
        case error
        /// Allowed, but it gives one sector power the others lack.
        case warning
        /// An explanation of how the rule distributes power.
        case info

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var severity: Severity
    /// A stable, machine-readable code: "unbalanced", "dominant_sector", "exclusive_veto",
    /// "facilitator_votes", "no_winning_coalition", "majority_unreachable",
    /// "all_sectors_veto", "consensus_only".
    public var code: String
    /// The finding for people, Spanish first.
    public var message: Localized

    public init(_ severity: Severity, _ code: String, _ message: Localized) {
        self.severity = severity
        self.code = code
        self.message = message
    }
}

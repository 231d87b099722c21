import Foundation

/// A commitment's completion on the OGP IRM scale: what its milestones support and, when
/// the STL judged otherwise, the level it set and why. Both are kept and shown, so a
/// reader can see where judgement departed from the evidence.
public struct CommitmentAssessment: Hashable, Sendable {
    public let derived: CompletionLevel
    public let override: CompletionLevel?
    public let reason: String?

    public init(milestones: [MilestoneProgress], override: CompletionLevel?, reason: String?) {
        derived = CompletionLevel.derived(from: milestones)
        self.override = override
        self.reason = override == nil ? nil : reason
    }

    /// The level reported: the STL's, when it set one.
    public var level: CompletionLevel { override ?? derived }

    public var isOverridden: Bool { override != nil && override != derived }
}

/// How many commitments sit at each level, in scale order (for the dashboards).
public struct CompletionCounts: Hashable, Sendable {
    public private(set) var counts: [CompletionLevel: Int] = [:]

    public init(_ levels: [CompletionLevel]) {
        for level in levels { counts[level, default: 0] += 1 }
    }

    public var total: Int { counts.values.reduce(0, +) }

    public func count(_ level: CompletionLevel) -> Int { counts[level] ?? 0 }

    /// Every level of the scale, with zeros, lowest first.
    public var rows: [(level: CompletionLevel, count: Int)] {
        CompletionLevel.allCases.map { ($0, count($0)) }
    }
}

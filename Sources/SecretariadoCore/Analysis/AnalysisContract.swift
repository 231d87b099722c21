import Foundation

/// The body of `secretariado analyze FILE` and `POST /api/v1/analysis` (product.md §5):
/// `{"forums": [{"name", "seats": {sector: n}, "rule": {...}, "observers": [sector]}]}`.
public struct AnalysisRequest: Hashable, Sendable {
    public var forums: [ForumInput]

    public init(forums: [ForumInput]) { self.forums = forums }
}

/// One forum to analyse: its name, titular seats per sector (observer sectors marked as
/// non-voting in the composition) and its decision rule.
public struct ForumInput: Hashable, Sendable {
    public var name: String
    public var composition: Composition
    public var rule: DecisionRule

    public init(name: String, composition: Composition, rule: DecisionRule) {
        self.name = name
        self.composition = composition
        self.rule = rule
    }
}

/// The answer: one report per forum, in request order.
public struct AnalysisResponse: Hashable, Sendable, Encodable {
    public var forums: [ForumReport]

    public init(forums: [ForumReport]) { self.forums = forums }
}

/// One forum's analysis as the contract spells it: `{"name", "balanced", "dominantSectors",
/// "vetoSectors", "banzhaf", "shapleyShubik", "findings": [{"severity", "code", "message"}]}`,
/// with messages in Spanish. Every sector of `seats` appears in both indices.
public struct ForumReport: Hashable, Sendable, Encodable {
    public var name: String
    public var analysis: ForumAnalysis

    public init(name: String, analysis: ForumAnalysis) {
        self.name = name
        self.analysis = analysis
    }

    private enum Keys: String, CodingKey {
        case name, balanced, dominantSectors, vetoSectors, banzhaf, shapleyShubik, findings
    }

    private struct FindingBody: Encodable {
        let severity: String
        let code: String
        let message: String
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(name, forKey: .name)
        try c.encode(analysis.balanced, forKey: .balanced)
        try c.encode(analysis.dominantSectors.map(\.rawValue), forKey: .dominantSectors)
        try c.encode(analysis.vetoSectors.map(\.rawValue), forKey: .vetoSectors)
        try c.encode(Self.byCode(analysis.power.banzhaf), forKey: .banzhaf)
        try c.encode(Self.byCode(analysis.power.shapleyShubik), forKey: .shapleyShubik)
        try c.encode(analysis.findings.map {
            FindingBody(severity: $0.severity.rawValue, code: $0.code, message: $0.message.es)
        }, forKey: .findings)
    }

    private static func byCode(_ values: [SectorCode: Double]) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: values.map { ($0.key.rawValue, $0.value) })
    }
}

/// Bounds on one request, so that a single body cannot keep the server busy for long.
/// The cost of a forum grows with its seats squared times its sectors only when the rule
/// requires many sectors; at the limits below one forum takes under a second (release
/// build), and the typical STL a few microseconds.
public enum AnalysisLimits {
    public static let maxForums = 1_000
    public static let maxSeatsPerForum = 10_000
    /// Seats of all forums of one request together.
    public static let maxSeatsPerRequest = 100_000
    /// Keys of `seats`, observers and sectors with zero seats included.
    public static let maxSectorsPerForum = 20
    public static let maxNameLength = 200
    /// Problems listed in one error; the rest are only counted.
    public static let maxReportedIssues = 50
}

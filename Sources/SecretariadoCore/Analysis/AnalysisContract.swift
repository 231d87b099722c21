import Foundation

/// The body of `secretariado analyze FILE` and `POST /api/v1/analysis`:
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

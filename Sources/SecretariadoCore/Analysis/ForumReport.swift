import Foundation

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
        try c.encode(
            analysis.findings.map {
                FindingBody(severity: $0.severity.rawValue, code: $0.code, message: $0.message.es)
            }, forKey: .findings)
    }

    private static func byCode(_ values: [SectorCode: Double]) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: values.map { ($0.key.rawValue, $0.value) })
    }
}

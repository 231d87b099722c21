import SecretariadoCore
import XCTest

final class RuleSummaryTests: XCTestCase {
    func testJaliscosRuleReadsLikeTabla2() {
        let rule = DecisionRule(kind: .consensusThenMajority, requireSectors: [.sociedadCivil])
        XCTAssertEqual(
            rule.summary.es, "Por consenso y en caso de disenso se aplicará regla de mayoría, con al menos un voto a favor de sociedad civil.")
    }

    func testVeracruzMentionsTheMesaTematica() {
        let rule = DecisionRule(kind: .consensus, referToMesaTematica: true)
        XCTAssertTrue(rule.summary.es.contains("mesa temática"))
    }

    func testEverySectorRequirementIsStated() {
        let rule = DecisionRule(kind: .consensusThenMajority, requireEverySector: true)
        XCTAssertTrue(rule.summary.es.hasSuffix("con al menos un voto a favor de cada sector."))
    }

    func testRuleJSONDefaultsFollowTheContract() throws {
        let rule = try JSONDecoder().decode(DecisionRule.self, from: Data(#"{"kind":"consensus_then_majority"}"#.utf8))
        XCTAssertEqual(rule, DecisionRule(kind: .consensusThenMajority, threshold: .simple, base: .present))
        XCTAssertEqual(rule.quorum, QuorumRule(moreThanFraction: .half, requireEverySector: true))
    }
}

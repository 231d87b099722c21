import SecretariadoCore
import XCTest

/// Rules without a majority fallback: San Luis Potosí ("Por consenso") and Veracruz
/// ("Por consenso y a través de mesas temáticas de trabajo").
final class ConsensusOnlyTests: XCTestCase {
    func testSanLuisPotosiOneVoteAgainstIsNotAdoptedAndHasNoFallback() {
        let outcome = DecisionEngine.decide(
            ballots(gobierno: "F", sociedadCivil: "F", organismoGarante: "C"), rule: Tabla.consensusOnly)

        XCTAssertEqual(outcome.result, .notAdopted)
        XCTAssertEqual(outcome.decidedBy, .consensus)
        XCTAssertEqual(outcome.failedRequirements, [.consensusNoneAgainst(enContra: 1)])
        XCTAssertFalse(outcome.mayBeReferredToMesaTematica)
    }

    func testSanLuisPotosiUnanimityIsAdopted() {
        let outcome = DecisionEngine.decide(
            ballots(gobierno: "F", sociedadCivil: "F", organismoGarante: "F"), rule: Tabla.consensusOnly)

        XCTAssertEqual(outcome.result, .adopted)
        XCTAssertEqual(outcome.decidedBy, .consensus)
    }

    func testConsensusOnlyWithEveryoneAbstainingIsNotAdopted() {
        let outcome = DecisionEngine.decide(
            ballots(gobierno: "A", sociedadCivil: "A", organismoGarante: "A"), rule: Tabla.consensusOnly)

        XCTAssertEqual(outcome.result, .notAdopted)
        XCTAssertEqual(outcome.failedRequirements, [.consensusInFavor])
    }

    func testVeracruzWithoutConsensusMayBeReferredToMesaTematica() {
        let outcome = DecisionEngine.decide(
            ballots(gobierno: "FFFFF", sociedadCivil: "FF", organismoGarante: "C"), rule: Tabla.veracruzRule)

        XCTAssertEqual(outcome.result, .notAdopted)
        XCTAssertEqual(outcome.decidedBy, .consensus)
        XCTAssertTrue(outcome.mayBeReferredToMesaTematica)
        XCTAssertTrue(outcome.summary.es.hasSuffix("La propuesta puede turnarse a una mesa temática."))
    }

    func testVeracruzMotionAdoptedByConsensusIsNotReferred() {
        let outcome = DecisionEngine.decide(
            ballots(gobierno: "FFFFF", sociedadCivil: "FF", organismoGarante: "F"), rule: Tabla.veracruzRule)

        XCTAssertEqual(outcome.result, .adopted)
        XCTAssertFalse(outcome.mayBeReferredToMesaTematica)
    }

    func testMesaTematicaIsOfferedOnlyWhenConsensusFailsForLackOfFallback() {
        let rule = DecisionRule(kind: .consensusThenMajority, referToMesaTematica: true)

        let outcome = DecisionEngine.decide(
            ballots(gobierno: "C", sociedadCivil: "C", organismoGarante: "F"), rule: rule)

        XCTAssertEqual(outcome.decidedBy, .majority)
        XCTAssertFalse(outcome.mayBeReferredToMesaTematica)
    }
}

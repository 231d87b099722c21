import SecretariadoCore
import XCTest

/// Two-thirds majorities (strictly more than two thirds), the base of all seats, and the
/// majority-only kind.
final class ThresholdAndBaseTests: XCTestCase {
    func testExactlyTwoThirdsIsNotEnough() {
        let rule = DecisionRule(kind: .consensusThenMajority, threshold: .twoThirds)

        let outcome = DecisionEngine.decide(ballots(gobierno: "FFFF", sociedadCivil: "FFCC", organismoGarante: "C"), rule: rule)

        XCTAssertEqual(outcome.result, .notAdopted)
        XCTAssertEqual(
            outcome.decisiveFailures,
            [
                .majorityThreshold(aFavor: 6, base: 9, baseKind: .present, threshold: .twoThirds)
            ])
    }

    func testMoreThanTwoThirdsIsAdopted() {
        let rule = DecisionRule(kind: .consensusThenMajority, threshold: .twoThirds)

        let outcome = DecisionEngine.decide(ballots(gobierno: "FFFF", sociedadCivil: "FFFC", organismoGarante: "C"), rule: rule)

        XCTAssertEqual(outcome.result, .adopted)
    }

    func testBaseOfPresentSeatsIgnoresAbsentSeats() {
        let outcome = DecisionEngine.decide(
            ballots(gobierno: "FF-", sociedadCivil: "C--", organismoGarante: "F"), rule: Tabla.consensusThenMajority)

        XCTAssertEqual(outcome.result, .adopted)  // 3 of 4 present
    }

    func testBaseOfAllSeatsCountsAbsentSeats() {
        let rule = DecisionRule(kind: .consensusThenMajority, base: .all)

        let outcome = DecisionEngine.decide(ballots(gobierno: "FF-", sociedadCivil: "C--", organismoGarante: "F"), rule: rule)

        XCTAssertEqual(outcome.result, .notAdopted)  // 3 of 7 seats
        XCTAssertEqual(
            outcome.decisiveFailures,
            [
                .majorityThreshold(aFavor: 3, base: 7, baseKind: .all, threshold: .simple)
            ])
    }

    func testMajorityKindSkipsTheConsensusStep() {
        let rule = DecisionRule(kind: .majority)

        let outcome = DecisionEngine.decide(ballots(gobierno: "FFF", sociedadCivil: "FFF", organismoGarante: "F"), rule: rule)

        XCTAssertEqual(outcome.result, .adopted)
        XCTAssertEqual(outcome.decidedBy, .majority)
        XCTAssertEqual(outcome.failedRequirements, [])
    }

    func testMajorityKindReportsNoConsensusFailures() {
        let rule = DecisionRule(kind: .majority)

        let outcome = DecisionEngine.decide(ballots(gobierno: "AAA", sociedadCivil: "AAA", organismoGarante: "A"), rule: rule)

        XCTAssertEqual(outcome.result, .notAdopted)
        XCTAssertEqual(
            outcome.failedRequirements,
            [
                .majorityThreshold(aFavor: 0, base: 7, baseKind: .present, threshold: .simple)
            ])
    }
}

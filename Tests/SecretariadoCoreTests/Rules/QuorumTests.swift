import SecretariadoCore
import XCTest

/// The default quorum: more than half of all voting seats present and at least one seat of
/// every voting sector.
final class QuorumTests: XCTestCase {
    private let rule = Tabla.consensusThenMajority

    func testHalfOfTheSeatsPresentIsNoQuorum() {
        // Sinaloa 4-3-1: 4 of 8 present, every sector there.
        let outcome = DecisionEngine.decide(ballots(gobierno: "FF--", sociedadCivil: "F--", organismoGarante: "F"), rule: rule)

        XCTAssertEqual(outcome.result, .noQuorum)
        XCTAssertEqual(outcome.decidedBy, .quorum)
        XCTAssertEqual(outcome.failedRequirements, [.quorumSeats(present: 4, seats: 8, moreThan: .half)])
    }

    func testMoreThanHalfPresentWithEverySectorHasQuorum() {
        let outcome = DecisionEngine.decide(ballots(gobierno: "FFF-", sociedadCivil: "F--", organismoGarante: "F"), rule: rule)

        XCTAssertEqual(outcome.result, .adopted)
    }

    func testAbsentSectorMeansNoQuorumEvenWithMostSeatsPresent() {
        let outcome = DecisionEngine.decide(ballots(gobierno: "FFF", sociedadCivil: "FFF", organismoGarante: "-"), rule: rule)

        XCTAssertEqual(outcome.result, .noQuorum)
        XCTAssertEqual(outcome.failedRequirements, [.quorumSector(.organismoGarante)])
    }

    func testEveryQuorumFailureIsReported() {
        let outcome = DecisionEngine.decide(ballots(gobierno: "F--", sociedadCivil: "---", organismoGarante: "-"), rule: rule)

        XCTAssertEqual(
            outcome.failedRequirements,
            [
                .quorumSeats(present: 1, seats: 7, moreThan: .half),
                .quorumSector(.sociedadCivil),
                .quorumSector(.organismoGarante),
            ])
    }

    func testQuorumWithoutTheSectorConditionAllowsAnAbsentSector() {
        var rule = self.rule
        rule.quorum = QuorumRule(requireEverySector: false)

        let outcome = DecisionEngine.decide(ballots(gobierno: "FFF", sociedadCivil: "FFF", organismoGarante: "-"), rule: rule)

        XCTAssertEqual(outcome.result, .adopted)
    }

    func testSuplentesStandingInMakeQuorum() {
        let outcome = DecisionEngine.decide(ballots(gobierno: "ff-", sociedadCivil: "f,-", organismoGarante: "a"), rule: rule)

        XCTAssertEqual(outcome.result, .adopted)
        XCTAssertEqual(outcome.tally.total.present, 5)
        XCTAssertEqual(outcome.tally.total.bySuplente, 5)
    }

    func testForumWithoutVotingSeatsNeverHasQuorum() {
        let observers = ballots(["defensoria": "FF"])

        let outcome = DecisionEngine.decide(observers, rule: rule, nonVotingSectors: ["defensoria"])

        XCTAssertEqual(outcome.result, .noQuorum)
        XCTAssertEqual(outcome.failedRequirements, [.quorumSeats(present: 0, seats: 0, moreThan: .half)])
    }
}

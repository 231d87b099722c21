import SecretariadoCore
import XCTest

/// The rule of most STLs in Tabla 2: "Por consenso y en caso de disenso se aplicará regla
/// de mayoría."
final class ConsensusThenMajorityTests: XCTestCase {
    private let rule = Tabla.consensusThenMajority

    func testUnanimousVoteIsAdoptedByConsensus() {
        let outcome = DecisionEngine.decide(ballots(gobierno: "FFF", sociedadCivil: "FFF", organismoGarante: "F"), rule: rule)

        XCTAssertEqual(outcome.result, .adopted)
        XCTAssertEqual(outcome.decidedBy, .consensus)
        XCTAssertEqual(outcome.failedRequirements, [])
    }

    func testAbstentionsDoNotBlockConsensus() {
        let outcome = DecisionEngine.decide(ballots(gobierno: "FAA", sociedadCivil: "AAA", organismoGarante: "A"), rule: rule)

        XCTAssertEqual(outcome.result, .adopted)
        XCTAssertEqual(outcome.decidedBy, .consensus)
    }

    func testVotesAgainstFallBackToMajorityWhichAdopts() {
        let outcome = DecisionEngine.decide(ballots(gobierno: "FFF", sociedadCivil: "FFC", organismoGarante: "C"), rule: rule)

        XCTAssertEqual(outcome.result, .adopted)
        XCTAssertEqual(outcome.decidedBy, .majority)
        XCTAssertEqual(outcome.failedRequirements, [.consensusNoneAgainst(enContra: 2)])
        XCTAssertEqual(outcome.decisiveFailures, [])
    }

    func testTieAmongPresentSeatsIsNotAMajority() {
        // Oaxaca 2-2-1 with one civil-society seat absent: 2 a favor, 2 en contra.
        let outcome = DecisionEngine.decide(ballots(gobierno: "FF", sociedadCivil: "C-", organismoGarante: "C"), rule: rule)

        XCTAssertEqual(outcome.result, .notAdopted)
        XCTAssertEqual(outcome.decidedBy, .majority)
        XCTAssertEqual(
            outcome.decisiveFailures,
            [
                .majorityThreshold(aFavor: 2, base: 4, baseKind: .present, threshold: .simple)
            ])
    }

    func testNoVoteInFavourFailsBothSteps() {
        let outcome = DecisionEngine.decide(ballots(gobierno: "AAA", sociedadCivil: "AAA", organismoGarante: "A"), rule: rule)

        XCTAssertEqual(outcome.result, .notAdopted)
        XCTAssertEqual(
            outcome.failedRequirements,
            [
                .consensusInFavor,
                .majorityThreshold(aFavor: 0, base: 7, baseKind: .present, threshold: .simple),
            ])
    }

    func testZacatecasGovernmentAloneAdoptsByMajority() {
        let outcome = DecisionEngine.decide(ballots(gobierno: "FFFFF", sociedadCivil: "C", organismoGarante: "C"), rule: rule)

        XCTAssertEqual(outcome.result, .adopted)
        XCTAssertEqual(outcome.decidedBy, .majority)
        XCTAssertEqual(outcome.tally[.sociedadCivil].enContra, 1)
    }

    func testPresentSeatsWithoutVoteDoNotBlockConsensus() {
        let outcome = DecisionEngine.decide(ballots(gobierno: "FF.", sociedadCivil: "...", organismoGarante: "."), rule: rule)

        XCTAssertEqual(outcome.result, .adopted)
        XCTAssertEqual(outcome.decidedBy, .consensus)
        XCTAssertEqual(outcome.tally.total.noVote, 5)
    }

    func testPresentSeatsWithoutVoteCountInTheMajorityBase() {
        // 3 a favor of 7 present is not more than half, although only 2 voted against.
        let outcome = DecisionEngine.decide(ballots(gobierno: "FFF", sociedadCivil: "CC.", organismoGarante: "."), rule: rule)

        XCTAssertEqual(outcome.result, .notAdopted)
        XCTAssertEqual(
            outcome.decisiveFailures,
            [
                .majorityThreshold(aFavor: 3, base: 7, baseKind: .present, threshold: .simple)
            ])
    }
}

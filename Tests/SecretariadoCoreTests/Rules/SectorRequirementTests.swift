import SecretariadoCore
import XCTest

/// Majorities that need a vote of a given sector: Jalisco (sociedad civil), Morelos and
/// Sinaloa (each sector).
final class SectorRequirementTests: XCTestCase {
    func testJaliscoMajorityWithoutCivilSocietyVoteIsNotAdopted() {
        let outcome = DecisionEngine.decide(
            ballots(gobierno: "FFFF", sociedadCivil: "CCCC", organismoGarante: "F"), rule: Tabla.jaliscoRule)

        XCTAssertEqual(outcome.result, .notAdopted)
        XCTAssertEqual(outcome.decidedBy, .majority)
        XCTAssertEqual(outcome.decisiveFailures, [.sectorInFavor(.sociedadCivil)])
    }

    func testJaliscoMajorityWithOneCivilSocietyVoteIsAdopted() {
        let outcome = DecisionEngine.decide(
            ballots(gobierno: "FFFF", sociedadCivil: "FCCC", organismoGarante: "C"), rule: Tabla.jaliscoRule)

        XCTAssertEqual(outcome.result, .adopted)
        XCTAssertEqual(outcome.decidedBy, .majority)
    }

    func testJaliscoConsensusNeedsNoCivilSocietyVote() {
        let outcome = DecisionEngine.decide(
            ballots(gobierno: "FFFF", sociedadCivil: "AAAA", organismoGarante: "F"), rule: Tabla.jaliscoRule)

        XCTAssertEqual(outcome.result, .adopted)
        XCTAssertEqual(outcome.decidedBy, .consensus)
    }

    func testMajorityOnlyRuleSaysWhichSectorVoteWasMissing() {
        let rule = DecisionRule(kind: .majority, requireSectors: [.sociedadCivil])

        let outcome = DecisionEngine.decide(
            ballots(gobierno: "FFFF", sociedadCivil: "CCCC", organismoGarante: "F"), rule: rule)

        XCTAssertEqual(
            outcome.summary.es,
            "No adoptado: la mayoría requiere al menos un voto a favor de sociedad civil y no hubo ninguno.")
    }

    func testMorelosMajorityWithoutGuarantorVoteIsNotAdopted() {
        let outcome = DecisionEngine.decide(
            ballots(gobierno: "FF", sociedadCivil: "F", organismoGarante: "C"), rule: Tabla.everySectorRule)

        XCTAssertEqual(outcome.result, .notAdopted)
        XCTAssertEqual(outcome.decisiveFailures, [.sectorInFavor(.organismoGarante)])
    }

    func testMorelosMajorityWithAVoteFromEverySectorIsAdopted() {
        let outcome = DecisionEngine.decide(
            ballots(gobierno: "FC", sociedadCivil: "F", organismoGarante: "F"), rule: Tabla.everySectorRule)

        XCTAssertEqual(outcome.result, .adopted)
        XCTAssertEqual(outcome.decidedBy, .majority)
    }

    func testSinaloaReportsTheThresholdAndEverySectorWithoutAVoteInFavour() {
        let outcome = DecisionEngine.decide(
            ballots(gobierno: "FFFF", sociedadCivil: "CCC", organismoGarante: "C"), rule: Tabla.everySectorRule)

        XCTAssertEqual(outcome.result, .notAdopted)
        XCTAssertEqual(
            outcome.failedRequirements,
            [
                .consensusNoneAgainst(enContra: 4),
                .majorityThreshold(aFavor: 4, base: 8, baseKind: .present, threshold: .simple),
                .sectorInFavor(.sociedadCivil),
                .sectorInFavor(.organismoGarante),
            ])
    }

    func testSinaloaMajorityWithOneVoteOfEachSectorIsAdopted() {
        let outcome = DecisionEngine.decide(
            ballots(gobierno: "FFFC", sociedadCivil: "FCC", organismoGarante: "F"), rule: Tabla.everySectorRule)

        XCTAssertEqual(outcome.result, .adopted)
    }

    func testRequiredSectorWithoutSeatsCanNeverBeSatisfied() {
        let rule = DecisionRule(kind: .majority, requireSectors: ["academia"])

        let outcome = DecisionEngine.decide(
            ballots(gobierno: "F", sociedadCivil: "F", organismoGarante: "F"), rule: rule)

        XCTAssertEqual(outcome.result, .notAdopted)
        XCTAssertEqual(outcome.decisiveFailures, [.sectorInFavor("academia")])
    }
}

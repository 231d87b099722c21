import SecretariadoCore
import XCTest

/// Every outcome explains itself in Spanish (and English): the step that decided, what
/// failed, the tally by sector and the ballots that did not count.
final class OutcomeExplanationTests: XCTestCase {
    private let rule = Tabla.consensusThenMajority

    func testConsensusSummaryCountsVotesAndAbstentions() {
        let outcome = DecisionEngine.decide(ballots(gobierno: "FFF", sociedadCivil: "FFF", organismoGarante: "A"), rule: rule)

        XCTAssertEqual(outcome.summary.es, "Adoptado por consenso: 6 votos a favor y ninguno en contra (1 abstención).")
        XCTAssertEqual(outcome.summary.en, "Adopted by consensus: 6 votes in favour and none against (1 abstention).")
    }

    func testMajoritySummarySaysWhyConsensusFailedAndWhichThresholdWasPassed() {
        let outcome = DecisionEngine.decide(ballots(gobierno: "FFF", sociedadCivil: "FFC", organismoGarante: "C"), rule: rule)

        XCTAssertEqual(
            outcome.summary.es,
            "Adoptado por mayoría: no hubo consenso (hubo 2 votos en contra); 5 votos a favor superan la mitad de los 7 asientos presentes.")
    }

    func testJaliscoMajoritySummaryNamesTheRequiredSector() {
        let outcome = DecisionEngine.decide(
            ballots(gobierno: "FFFF", sociedadCivil: "FCCC", organismoGarante: "C"), rule: Tabla.jaliscoRule)

        XCTAssertEqual(
            outcome.summary.es,
            "Adoptado por mayoría: no hubo consenso (hubo 4 votos en contra); 5 votos a favor superan la mitad de los 9 asientos presentes, con al menos un voto a favor de sociedad civil."
        )
    }

    func testJaliscoFailureNamesConsensusAndTheMissingSector() {
        let outcome = DecisionEngine.decide(
            ballots(gobierno: "FFFF", sociedadCivil: "CCCC", organismoGarante: "F"), rule: Tabla.jaliscoRule)

        XCTAssertEqual(
            outcome.summary.es,
            "No adoptado: no hubo consenso (hubo 4 votos en contra); la mayoría requiere al menos un voto a favor de sociedad civil y no hubo ninguno."
        )
    }

    func testThresholdFailureSaysHowManyVotesWereNeeded() {
        let outcome = DecisionEngine.decide(ballots(gobierno: "FF", sociedadCivil: "C-", organismoGarante: "C"), rule: rule)

        XCTAssertEqual(
            outcome.summary.es,
            "No adoptado: no hubo consenso (hubo 2 votos en contra); la mayoría requiere al menos 3 votos a favor (más de la mitad de los 4 asientos presentes) y hubo 2."
        )
        XCTAssertEqual(
            outcome.summary.en,
            "Not adopted: no consensus (there were 2 votes against); a majority needs at least 3 votes in favour (more than half of the 4 seats present) and there were 2."
        )
    }

    func testConsensusWithoutFallbackSaysThereIsNoMajorityVote() {
        let outcome = DecisionEngine.decide(
            ballots(gobierno: "A", sociedadCivil: "C", organismoGarante: "A"), rule: Tabla.consensusOnly)

        XCTAssertEqual(
            outcome.summary.es,
            "No adoptado: no hubo consenso (no hubo ningún voto a favor y hubo 1 voto en contra) y la regla no prevé votación por mayoría.")
    }

    func testNoQuorumSummaryListsEachMissingCondition() {
        let outcome = DecisionEngine.decide(ballots(gobierno: "F--", sociedadCivil: "F--", organismoGarante: "-"), rule: rule)

        XCTAssertEqual(
            outcome.summary.es,
            "Sin quórum: están presentes 2 de 7 asientos con voto y se requiere más de la mitad; no está presente ningún asiento de organismo garante."
        )
        XCTAssertEqual(
            outcome.summary.en,
            "No quorum: 2 of 7 voting seats are present and more than half must be; no seat of guarantor body is present.")
    }

    func testTallySummaryListsEverySectorWithAbsencesAndSuplentes() {
        let tally = Tally(ballots(gobierno: "f", sociedadCivil: "C.", organismoGarante: "-"))

        XCTAssertEqual(
            tally.summary.es,
            "Votos por sector — gobierno: 1 a favor, 0 en contra, 0 abstenciones (1 por suplente); sociedad civil: 0 a favor, 1 en contra, 0 abstenciones, 1 sin votar; organismo garante: 0 a favor, 0 en contra, 0 abstenciones, 1 ausente."
        )
    }

    func testExplanationIsSummaryThenTallyThenIgnoredBallots() {
        let outcome = DecisionEngine.decide(ballots(gobierno: "FFX", sociedadCivil: "FF-", organismoGarante: "C"), rule: rule)

        XCTAssertEqual(
            outcome.explanation.es,
            [outcome.summary.es, outcome.tally.summary.es, outcome.tally.ignoredSummary!.es].joined(separator: " "))
        XCTAssertEqual(
            outcome.explanation.en,
            [outcome.summary.en, outcome.tally.summary.en, outcome.tally.ignoredSummary!.en].joined(separator: " "))
    }

    func testExplanationWithoutIgnoredBallotsHasNoNote() {
        let outcome = DecisionEngine.decide(ballots(gobierno: "F", sociedadCivil: "F", organismoGarante: "F"), rule: rule)

        XCTAssertNil(outcome.tally.ignoredSummary)
        XCTAssertFalse(outcome.explanation.es.contains("No se contaron"))
    }

    func testOneSeatMajorityReadsNaturally() {
        let rule = DecisionRule(kind: .majority)

        let outcome = DecisionEngine.decide(ballots([.gobierno: "F"]), rule: rule)

        XCTAssertEqual(outcome.summary.es, "Adoptado por mayoría: 1 voto a favor supera la mitad del único asiento presente.")
        XCTAssertEqual(outcome.summary.en, "Adopted by majority: 1 vote in favour exceeds half of the one seat present.")
    }
}

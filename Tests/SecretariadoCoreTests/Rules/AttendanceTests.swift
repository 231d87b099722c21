import SecretariadoCore
import XCTest

/// Who may vote for a seat: the titular, else the suplente; never an absent seat, an
/// observer or the facilitator; each seat once.
final class AttendanceTests: XCTestCase {
    private let rule = Tabla.consensusThenMajority

    func testSuplenteVotesWhenTitularIsAbsent() {
        // Durango: the government's suplente votes en contra.
        let outcome = DecisionEngine.decide(ballots(gobierno: "c", sociedadCivil: "F", organismoGarante: "F"), rule: rule)

        XCTAssertEqual(outcome.result, .adopted)
        XCTAssertEqual(outcome.decidedBy, .majority)
        XCTAssertEqual(outcome.tally[.gobierno].enContra, 1)
        XCTAssertEqual(outcome.tally[.gobierno].bySuplente, 1)
    }

    func testVoteRecordedForAnAbsentSeatIsIgnoredAndReported() {
        let outcome = DecisionEngine.decide(ballots(gobierno: "FFX", sociedadCivil: "FF-", organismoGarante: "C"), rule: rule)

        XCTAssertEqual(outcome.tally[.gobierno].aFavor, 2)
        XCTAssertEqual(outcome.tally[.gobierno].absent, 1)
        XCTAssertEqual(outcome.tally.ignored.map(\.ballot.seat.id), ["gobierno-3"])
        XCTAssertEqual(outcome.tally.ignored.map(\.reason), [.absentSeat])
        XCTAssertTrue(outcome.explanation.es.hasSuffix("No se contaron: gobierno-3 (asiento ausente: su voto no cuenta)."))
    }

    func testAbsentSeatsRecordedVoteCannotMeetASectorRequirement() {
        // Jalisco: the only civil-society a-favor vote belongs to an absent seat.
        let outcome = DecisionEngine.decide(
            ballots(gobierno: "FFFF", sociedadCivil: "XCCC", organismoGarante: "F"), rule: Tabla.jaliscoRule)

        XCTAssertEqual(outcome.result, .notAdopted)
        XCTAssertEqual(outcome.decisiveFailures, [.sectorInFavor(.sociedadCivil)])
    }

    func testObserverVotesAreIgnoredAndObserversDoNotCountForQuorum() {
        // Perú (Tabla 1): 5 gobierno, 3 sociedad civil, 1 cámaras; 3 observers vote anyway.
        let session = ballots([.gobierno: "FF---", .sociedadCivil: "F--", "camaras": "F", "observadores": "FFF"])

        let outcome = DecisionEngine.decide(session, rule: rule, nonVotingSectors: ["observadores"])

        XCTAssertEqual(outcome.result, .noQuorum)  // 4 of 9 voting seats; 7 of 12 had observers counted
        XCTAssertEqual(outcome.tally.total.seats, 9)
        XCTAssertEqual(outcome.tally.sectors, [.gobierno, .sociedadCivil, "camaras"])
        XCTAssertEqual(outcome.tally.ignored.map(\.reason), Array(repeating: .nonVotingSector, count: 3))
    }

    func testObserverVoteAgainstDoesNotBlockConsensus() {
        let session = ballots([.gobierno: "FFF--", .sociedadCivil: "FF-", "camaras": "F", "observadores": "C"])

        let outcome = DecisionEngine.decide(session, rule: Tabla.consensusOnly, nonVotingSectors: ["observadores"])

        XCTAssertEqual(outcome.result, .adopted)
    }

    func testFacilitatorCannotVoteEvenWhenNotDeclaredNonVoting() {
        let session = ballots(gobierno: "F", sociedadCivil: "F", organismoGarante: "F") + ballots(["facilitador": "C"])

        let outcome = DecisionEngine.decide(session, rule: Tabla.consensusOnly)

        XCTAssertEqual(outcome.result, .adopted)
        XCTAssertEqual(outcome.tally.total.seats, 3)
        XCTAssertEqual(outcome.tally.ignored.map(\.reason), [.nonVotingSector])
    }

    func testRepeatedSeatCountsOnlyItsFirstBallot() {
        let session =
            ballots(gobierno: "F", sociedadCivil: "C", organismoGarante: "F")
            + [SeatBallot("sociedad_civil-1", .sociedadCivil, .titular, .aFavor)]

        let outcome = DecisionEngine.decide(session, rule: Tabla.consensusOnly)

        XCTAssertEqual(outcome.result, .notAdopted)
        XCTAssertEqual(outcome.tally[.sociedadCivil].seats, 1)
        XCTAssertEqual(outcome.tally[.sociedadCivil].aFavor, 0)
        XCTAssertEqual(outcome.tally.ignored.map(\.reason), [.duplicateSeat])
    }

    func testTallyCountsEveryCategoryBySector() {
        let tally = Tally(ballots(gobierno: "FCA.-f", sociedadCivil: "c,X", organismoGarante: "a"))

        XCTAssertEqual(tally[.gobierno].seats, 6)
        XCTAssertEqual(tally[.gobierno].present, 5)
        XCTAssertEqual([tally[.gobierno].aFavor, tally[.gobierno].enContra, tally[.gobierno].abstencion, tally[.gobierno].noVote], [2, 1, 1, 1])
        XCTAssertEqual(tally[.sociedadCivil].absent, 1)
        XCTAssertEqual(tally[.sociedadCivil].bySuplente, 2)
        XCTAssertEqual(tally.total.seats, 10)
        XCTAssertEqual(tally.total.aFavor, 2)
        XCTAssertEqual(tally.total.abstencion, 2)
    }
}

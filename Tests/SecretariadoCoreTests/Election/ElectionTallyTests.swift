import Foundation
import SecretariadoCore
import XCTest

final class ElectionTallyTests: XCTestCase {
    let a = ElectionCandidate(id: UUID(), name: "Ana", lotKey: "30")
    let b = ElectionCandidate(id: UUID(), name: "Beto", lotKey: "10")
    let c = ElectionCandidate(id: UUID(), name: "Carla", lotKey: "20")
    let d = ElectionCandidate(id: UUID(), name: "Dora", lotKey: "40")
    let e = ElectionCandidate(id: UUID(), name: "Elsa", lotKey: "50")

    func names(_ rows: [ElectionTally.Row]) -> [String] { rows.map(\.candidate.name) }

    func testTheTopNAreTitularesAndTheNextNSuplentes() {
        let ballots = [[a.id, b.id], [a.id, c.id], [a.id, b.id], [d.id, b.id], [c.id]]
        let tally = ElectionTally(candidates: [a, b, c, d, e], ballots: ballots, seats: 2, method: .pluralidad)

        XCTAssertEqual(names(tally.titulares), ["Beto", "Ana"], "tied inside the titulares: ordered by lot key, no draw needed")
        XCTAssertEqual(names(tally.suplentes), ["Carla", "Dora"])
        XCTAssertFalse(tally.rows.contains(where: \.decidedByLot))
        XCTAssertEqual(tally.rows.map(\.votes), [3, 3, 2, 1, 0])
        XCTAssertEqual(tally.rows.last?.outcome, .noElecta)
        XCTAssertEqual(tally.ballotsCast, 5)
        XCTAssertFalse(tally.byAcclamation)
    }

    func testACandidateWithoutVotesIsNotElectedEvenIfASeatIsLeft() {
        let tally = ElectionTally(candidates: [a, b, c], ballots: [[a.id]], seats: 2, method: .aprobacion)

        XCTAssertEqual(names(tally.titulares), ["Ana"])
        XCTAssertTrue(tally.suplentes.isEmpty)
    }

    func testATieAcrossTheTitularBoundaryIsSettledByTheLotKeyAndSaidSo() {
        // Beto and Carla tie for the one titular seat; Beto's lot key is lower.
        let tally = ElectionTally(candidates: [c, b, a], ballots: [[b.id], [c.id], []], seats: 1, method: .pluralidad)

        XCTAssertEqual(names(tally.titulares), ["Beto"])
        XCTAssertEqual(names(tally.suplentes), ["Carla"])
        XCTAssertTrue(tally.rows[0].decidedByLot)
        XCTAssertTrue(tally.rows[1].decidedByLot)
        XCTAssertFalse(tally.rows[2].decidedByLot)
        XCTAssertEqual(tally.blankBallots, 1)
        XCTAssertTrue(tally.explanation.es.contains("sorteo verificable"))
    }

    func testATieInsideOneGroupNeedsNoDraw() {
        let tally = ElectionTally(candidates: [a, b, c], ballots: [[a.id, b.id]], seats: 2, method: .pluralidad)

        XCTAssertFalse(tally.rows.contains(where: \.decidedByLot))
        XCTAssertFalse(tally.explanation.es.contains("sorteo"))
    }

    func testCandidatesNotExceedingTheSeatsAreSelfSelectedWithoutAVote() {
        let tally = ElectionTally(candidates: [a, b], ballots: [], seats: 2, method: .pluralidad)

        XCTAssertTrue(tally.byAcclamation)
        XCTAssertEqual(tally.titulares.count, 2)
        XCTAssertTrue(tally.explanation.es.contains("autoselección"))
        XCTAssertFalse(ElectionTally.isAcclamation(candidates: 0, seats: 2))
        XCTAssertFalse(ElectionTally.isAcclamation(candidates: 3, seats: 2))
    }

    func testAMarkCountsOncePerBallot() {
        let tally = ElectionTally(candidates: [a, b, c], ballots: [[a.id, a.id], [UUID()]], seats: 1, method: .aprobacion)

        XCTAssertEqual(tally.rows.first { $0.candidate == a }?.votes, 1)
        XCTAssertEqual(tally.rows.map(\.votes).reduce(0, +), 1)
    }
}

final class ElectionMethodTests: XCTestCase {
    let ids = [UUID(), UUID(), UUID()]

    func testPluralityLimitsTheMarksToTheSeats() {
        let candidates = Set(ids)
        XCTAssertNil(ElectionMethod.pluralidad.problem(with: [ids[0], ids[1]], candidates: candidates, seats: 2))
        XCTAssertNotNil(ElectionMethod.pluralidad.problem(with: ids, candidates: candidates, seats: 2))
        XCTAssertNil(ElectionMethod.aprobacion.problem(with: ids, candidates: candidates, seats: 2))
    }

    func testABlankBallotIsValidButUnknownOrRepeatedMarksAreNot() {
        let candidates = Set(ids)
        XCTAssertNil(ElectionMethod.pluralidad.problem(with: [], candidates: candidates, seats: 1))
        XCTAssertNotNil(ElectionMethod.aprobacion.problem(with: [UUID()], candidates: candidates, seats: 1))
        XCTAssertNotNil(ElectionMethod.aprobacion.problem(with: [ids[0], ids[0]], candidates: candidates, seats: 3))
    }
}

final class ElectionScheduleTests: XCTestCase {
    let opens = Date(timeIntervalSince1970: 1_800_000_000)
    var closes: Date { opens.addingTimeInterval(86_400) }

    func testPhasesFollowTheClock() {
        let schedule = ElectionSchedule(opensAt: opens, closesAt: closes, closedAt: nil)
        XCTAssertEqual(schedule.phase(at: opens.addingTimeInterval(-1)), .postulacion)
        XCTAssertEqual(schedule.phase(at: opens), .votacion)
        XCTAssertEqual(schedule.phase(at: closes), .porCerrar)
        XCTAssertEqual(ElectionSchedule(opensAt: opens, closesAt: closes, closedAt: opens).phase(at: opens), .cerrada)
    }

    func testAnElectionClosesEarlyOnlyWhenEveryoneVotedOrThereIsNothingToVote() {
        let schedule = ElectionSchedule(opensAt: opens, closesAt: closes, closedAt: nil)
        let during = opens.addingTimeInterval(60)
        XCTAssertFalse(schedule.mayClose(at: during, everyoneVoted: false, byAcclamation: false))
        XCTAssertTrue(schedule.mayClose(at: during, everyoneVoted: true, byAcclamation: false))
        XCTAssertTrue(schedule.mayClose(at: during, everyoneVoted: false, byAcclamation: true))
        XCTAssertTrue(schedule.mayClose(at: closes, everyoneVoted: false, byAcclamation: false))
        XCTAssertFalse(schedule.mayClose(at: opens.addingTimeInterval(-60), everyoneVoted: true, byAcclamation: true))
    }
}

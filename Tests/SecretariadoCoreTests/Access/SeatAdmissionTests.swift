import Foundation
import SecretariadoCore
import XCTest

/// Who may vote on a motion or sign the minutes for a seat: only the current holder, as
/// the attendance names them, while the vote is open and the session can change.
final class SeatAdmissionTests: XCTestCase {
    let seat = UUID()
    let other = UUID()
    let open = SeatAdmission.Act.vote(motionOpen: true, sessionStatus: .convocada, startsAt: nil, now: Date())

    func claim(_ role: HolderRole = .titular, current: Bool = true, votes: Bool = true, seat: UUID? = nil) -> SeatClaim {
        SeatClaim(seatID: seat ?? self.seat, holderRole: role, termIsCurrent: current, sectorVotes: votes)
    }

    func decide(_ claims: [SeatClaim], _ attendance: [UUID: Attendance], facilitator: Bool = false, act: SeatAdmission.Act? = nil)
        -> SeatAdmission.Decision
    {
        SeatAdmission.decide(claims: claims, attendance: attendance, isFacilitator: facilitator, act: act ?? open)
    }

    func testThePresentTitularVotes() {
        XCTAssertEqual(decide([claim()], [seat: .titular]), .admitted(seatID: seat, as: .titular))
    }

    func testTheSuplenteVotesWhenTheTitularIsAbsentAndTheSuplenteAttended() {
        XCTAssertEqual(decide([claim(.suplente)], [seat: .suplente]), .admitted(seatID: seat, as: .suplente))
        XCTAssertEqual(decide([claim(.titular)], [seat: .suplente]), .refused(.suplenteHolds), "the absent titular does not vote")
    }

    func testTheSuplenteDoesNotVoteWhileTheTitularIsPresent() {
        XCTAssertEqual(decide([claim(.suplente)], [seat: .titular]), .refused(.titularPresent))
    }

    func testAnAbsentSeatDoesNotVote() {
        XCTAssertEqual(decide([claim()], [:]), .refused(.absent))
        XCTAssertEqual(decide([claim()], [seat: .absent]), .refused(.absent))
    }

    func testAnEndedTermEndsTheRightsAtOnce() {
        XCTAssertEqual(decide([claim(current: false)], [seat: .titular]), .refused(.termEnded))
        XCTAssertEqual(decide([claim(current: false)], [seat: .titular], act: .sign), .refused(.termEnded), "nor signs")
        // A current claim on another seat still counts.
        XCTAssertEqual(
            decide([claim(current: false), claim(seat: other)], [seat: .titular, other: .titular]),
            .admitted(seatID: other, as: .titular))
    }

    func testTheFacilitatorNeverVotesEvenHoldingASeat() {
        XCTAssertEqual(decide([claim()], [seat: .titular], facilitator: true), .refused(.facilitator))
        XCTAssertEqual(decide([], [:], facilitator: true), .refused(.facilitator))
    }

    func testAnObserverSectorHasAVoiceButNoVote() {
        XCTAssertEqual(decide([claim(votes: false)], [seat: .titular]), .refused(.observerSector))
        XCTAssertEqual(
            decide([claim(votes: false)], [seat: .titular], act: .sign), .admitted(seatID: seat, as: .titular),
            "an observer who attended signs the minutes")
    }

    func testAClosedVoteAndAFrozenSessionRefuseWithAConflict() {
        let closed = decide([claim()], [seat: .titular], act: .vote(motionOpen: false, sessionStatus: .convocada, startsAt: nil, now: Date()))
        XCTAssertEqual(closed, .refused(.voteClosed))
        XCTAssertTrue(closed.reason!.isConflict)
        let concluded = decide([claim()], [seat: .titular], act: .vote(motionOpen: true, sessionStatus: .concluida, startsAt: nil, now: Date()))
        XCTAssertEqual(concluded, .refused(.session(.concluded)))
        XCTAssertTrue(concluded.reason!.isConflict)
        XCTAssertEqual(
            decide([claim()], [seat: .titular], act: .vote(motionOpen: true, sessionStatus: .cancelada, startsAt: nil, now: Date())),
            .refused(.session(.cancelled)))
        XCTAssertEqual(
            decide([claim()], [seat: .titular], act: .vote(motionOpen: true, sessionStatus: .solicitada, startsAt: nil, now: Date())),
            .refused(.session(.onlyRequested)))
    }

    func testNoVoteBeforeTheSessionStartsInMexicoCity() {
        // 10:00 in Mexico City is 16:00 UTC: refused at 15:59, admitted at 16:00.
        let start = MexicoCityTime.date(at: CivilDateTime(year: 2026, month: 12, day: 3, hour: 10)!)
        let early = decide(
            [claim()], [seat: .titular], act: .vote(motionOpen: true, sessionStatus: .convocada, startsAt: start, now: start.addingTimeInterval(-60)))
        XCTAssertEqual(early, .refused(.notStarted(startsAt: start)))
        XCTAssertTrue(early.reason!.isConflict)
        XCTAssertTrue(early.reason!.message.es.contains("10:00"), early.reason!.message.es)
        XCTAssertEqual(
            decide([claim()], [seat: .titular], act: .vote(motionOpen: true, sessionStatus: .convocada, startsAt: start, now: start)),
            .admitted(seatID: seat, as: .titular))
    }

    func testNoSeatNoVote() {
        XCTAssertEqual(decide([], [:]), .refused(.noSeat))
        XCTAssertFalse(SeatAdmission.Reason.noSeat.isConflict)
    }

    func testEveryReasonIsWordedInBothLanguages() {
        let reasons: [SeatAdmission.Reason] = [
            .facilitator, .noSeat, .termEnded, .observerSector, .absent, .titularPresent,
            .suplenteHolds, .voteClosed, .session(.concluded), .session(.cancelled), .session(.onlyRequested),
        ]
        for reason in reasons {
            XCTAssertFalse(reason.message.es.isEmpty)
            XCTAssertFalse(reason.message.en.isEmpty)
            XCTAssertNotEqual(reason.message.es, reason.message.en)
        }
    }

    func testSessionWritabilityFromTheStatusAlone() {
        XCTAssertNil(SessionWritability.refusal(.convocada))
        XCTAssertNil(SessionWritability.refusal(.solicitada, convened: false))
        XCTAssertEqual(SessionWritability.refusal(.solicitada), .onlyRequested)
        XCTAssertEqual(SessionWritability.refusal(.concluida), .concluded)
        XCTAssertEqual(SessionWritability.refusal(.cancelada, convened: false), .cancelled)
    }
}

import Foundation
import SecretariadoCore
import XCTest

/// The time rules of a session, with fixed instants around 10:00 in Mexico City (16:00 UTC).
final class SessionTimeGateTests: XCTestCase {
    /// 3 December 2026, 10:00 in Mexico City = 16:00 UTC.
    private let start = MexicoCityTime.date(at: CivilDateTime(year: 2026, month: 12, day: 3, hour: 10)!)

    private func utc(_ hour: Int, _ minute: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        return calendar.date(from: DateComponents(year: 2026, month: 12, day: 3, hour: hour, minute: minute))!
    }

    func testTheStartIsTenInMexicoCitySixteenUTC() {
        XCTAssertEqual(start, utc(16, 0))
    }

    func testConductOpensAtTheStartNotAMinuteBefore() throws {
        let refusal = try XCTUnwrap(SessionTimeGate.notYetOpen(startsAt: start, now: utc(15, 59)))
        XCTAssertEqual(refusal.es, "Se podrá registrar a partir del 3 de diciembre de 2026, 10:00 (hora de la Ciudad de México).")
        XCTAssertEqual(refusal.en, "It can be recorded from December 3, 2026, 10:00 (Mexico City time).")
        XCTAssertNil(SessionTimeGate.notYetOpen(startsAt: start, now: utc(16, 0)))
        XCTAssertNil(SessionTimeGate.notYetOpen(startsAt: start, now: utc(16, 1)))
        // 10:00 UTC is 04:00 in Mexico City: still six hours early.
        XCTAssertNotNil(SessionTimeGate.notYetOpen(startsAt: start, now: utc(10, 0)))
    }

    func testTheAgendaChangesUntilTheStart() {
        XCTAssertTrue(SessionTimeGate.agendaEditable(startsAt: start, now: utc(15, 59)))
        XCTAssertFalse(SessionTimeGate.agendaEditable(startsAt: start, now: utc(16, 0)))
        XCTAssertTrue(SessionTimeGate.agendaEditable(startsAt: nil, now: utc(16, 0)))
    }

    func testASessionConcludesOnlyOnceItStarted() {
        XCTAssertFalse(SessionTimeGate.canConclude(startsAt: start, now: utc(15, 59)))
        XCTAssertTrue(SessionTimeGate.canConclude(startsAt: start, now: utc(16, 0)))
        XCTAssertFalse(SessionTimeGate.canConclude(startsAt: nil, now: utc(16, 0)))
    }
}

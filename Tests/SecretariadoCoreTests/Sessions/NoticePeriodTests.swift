import Foundation
import SecretariadoCore
import XCTest

final class NoticePeriodTests: XCTestCase {
    let operation = GovernanceMechanism.Operation(
        ordinaryFrequency: "mensual", ordinaryNoticeDays: 5, extraordinaryNoticeDays: 2,
        allowsUrgentExtraordinary: true, convenedBy: "", sessions: "")

    func mx(_ y: Int, _ m: Int, _ d: Int, _ h: Int = 10) -> Date {
        MexicoCityTime.date(at: CivilDateTime(year: y, month: m, day: d, hour: h)!)
    }

    func testDaysAreCountedOnMexicoCitysCalendar() {
        // 23:30 on the 1st and 00:30 on the 2nd in Mexico City are one calendar day apart,
        // although they are in the same UTC day.
        let late = MexicoCityTime.date(at: CivilDateTime(year: 2026, month: 3, day: 1, hour: 23, minute: 30)!)
        let early = MexicoCityTime.date(at: CivilDateTime(year: 2026, month: 3, day: 2, hour: 0, minute: 30)!)
        XCTAssertEqual(NoticePeriod.daysBetween(late, early), 1)
        XCTAssertEqual(NoticePeriod.daysBetween(mx(2026, 3, 2, 8), mx(2026, 3, 2, 20)), 0)
    }

    func testAnOrdinarySessionNeedsItsNoticeDays() {
        let convened = mx(2026, 3, 2)
        XCTAssertNil(NoticePeriod.problem(kind: .ordinaria, urgent: false, startsAt: mx(2026, 3, 7), convenedAt: convened, operation: operation))
        let problem = NoticePeriod.problem(kind: .ordinaria, urgent: false, startsAt: mx(2026, 3, 6), convenedAt: convened, operation: operation)
        XCTAssertEqual(problem, .tooLate(kind: .ordinaria, required: 5, given: 4, earliest: mx(2026, 3, 7, 0)))
        XCTAssertEqual(problem?.field, "date")
        XCTAssertEqual(
            problem?.message.es,
            "Convocatoria fuera de plazo: el Mecanismo de Gobernanza exige convocar una sesión ordinaria con al menos 5 días de anticipación y la fecha elegida está a 4 días. Elige el 7 de marzo de 2026 o una fecha posterior."
        )
    }

    func testAnUrgentExtraordinarySessionSkipsTheNoticeOnlyWhenTheCharterAllows() {
        let convened = mx(2026, 3, 2, 9)
        XCTAssertNotNil(
            NoticePeriod.problem(kind: .extraordinaria, urgent: false, startsAt: mx(2026, 3, 2, 18), convenedAt: convened, operation: operation))
        XCTAssertNil(
            NoticePeriod.problem(kind: .extraordinaria, urgent: true, startsAt: mx(2026, 3, 2, 18), convenedAt: convened, operation: operation))
        var strict = operation
        strict.allowsUrgentExtraordinary = false
        XCTAssertEqual(
            NoticePeriod.problem(kind: .extraordinaria, urgent: true, startsAt: mx(2026, 3, 2, 18), convenedAt: convened, operation: strict),
            .urgentNotAllowed)
        XCTAssertEqual(
            NoticePeriod.problem(kind: .ordinaria, urgent: true, startsAt: mx(2026, 3, 9), convenedAt: convened, operation: operation),
            .urgentOnlyExtraordinary)
    }

    func testAPastDateIsRefusedEvenWhenUrgent() {
        XCTAssertEqual(
            NoticePeriod.problem(kind: .extraordinaria, urgent: true, startsAt: mx(2026, 3, 1), convenedAt: mx(2026, 3, 2), operation: operation),
            .inThePast)
    }
}

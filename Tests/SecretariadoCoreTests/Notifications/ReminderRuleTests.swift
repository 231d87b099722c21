import Foundation
import SecretariadoCore
import XCTest

final class ReminderRuleTests: XCTestCase {
    func testOnlyAccountsOfPositionsThatAttendedAndHaveNotSignedAreAsked() {
        let seatA = UUID()
        let seatB = UUID()
        let seatC = UUID()
        let ana = UUID()
        let beto = UUID()
        let caro = UUID()
        let dani = UUID()
        typealias P = MinutesSigners.Position
        let present: Set<P> = [P(seatID: seatA, role: .titular), P(seatID: seatB, role: .suplente), P(seatID: seatC, role: .titular)]
        let accounts: [(userID: UUID, position: P)] = [
            (ana, P(seatID: seatA, role: .titular)),
            (beto, P(seatID: seatB, role: .titular)),  // the titular did not attend; the suplente did
            (caro, P(seatID: seatB, role: .suplente)),
            (dani, P(seatID: seatC, role: .titular)),
            (ana, P(seatID: seatA, role: .titular)),
        ]
        XCTAssertEqual(MinutesSigners.pending(present: present, accounts: accounts), [ana, caro, dani])
        XCTAssertEqual(MinutesSigners.pending(present: present, accounts: accounts, signedSeats: [seatA]), [caro, dani])
    }

    func testTheReminderWaitsForTheSigningPeriod() {
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        XCTAssertFalse(MinutesSigners.reminderDue(finalisedAt: at, now: at.addingTimeInterval(4 * 86_400)))
        XCTAssertTrue(MinutesSigners.reminderDue(finalisedAt: at, now: at.addingTimeInterval(5 * 86_400)))
        XCTAssertTrue(MinutesSigners.reminderDue(finalisedAt: at, now: at.addingTimeInterval(2 * 86_400), signingDays: 2))
        XCTAssertFalse(MinutesSigners.reminderDue(finalisedAt: at, now: at.addingTimeInterval(20 * 86_400)), "old minutes are not news")
    }

    func testAgreementStages() {
        let due = Date(timeIntervalSince1970: 1_800_000_000)
        XCTAssertNil(AgreementReminder.stage(dueOn: due, isOpen: true, now: due.addingTimeInterval(-8 * 86_400)))
        XCTAssertEqual(AgreementReminder.stage(dueOn: due, isOpen: true, now: due.addingTimeInterval(-7 * 86_400)), .dueSoon)
        XCTAssertEqual(AgreementReminder.stage(dueOn: due, isOpen: true, now: due.addingTimeInterval(3_600)), .dueSoon, "due today is not late")
        XCTAssertEqual(AgreementReminder.stage(dueOn: due, isOpen: true, now: due.addingTimeInterval(86_400)), .overdue)
        XCTAssertNil(AgreementReminder.stage(dueOn: due, isOpen: false, now: due.addingTimeInterval(86_400)))
        XCTAssertNil(
            AgreementReminder.stage(dueOn: due, isOpen: true, now: due.addingTimeInterval(400 * 86_400)), "years-old history is not announced")
        XCTAssertNil(AgreementReminder.stage(dueOn: nil, isOpen: true, now: due))
    }
}

import Foundation
import SecretariadoCore
import XCTest

final class DeliveryBackoffTests: XCTestCase {
    private let start = Date(timeIntervalSince1970: 1_800_000_000)

    func testTheDelayDoublesFromOneMinuteAndStopsAtTwoHours() {
        XCTAssertEqual(DeliveryBackoff.delay(afterAttempt: 1), 60)
        XCTAssertEqual(DeliveryBackoff.delay(afterAttempt: 2), 120)
        XCTAssertEqual(DeliveryBackoff.delay(afterAttempt: 5), 960)
        XCTAssertEqual(DeliveryBackoff.delay(afterAttempt: 8), 7_200)
        XCTAssertEqual(DeliveryBackoff.delay(afterAttempt: 500), 7_200)
    }

    func testATemporaryFailureIsRetriedLater() {
        let now = start.addingTimeInterval(10)
        XCTAssertEqual(
            DeliveryBackoff.next(attempts: 1, firstAttemptAt: start, now: now, permanent: false),
            .retry(at: now.addingTimeInterval(60)))
        XCTAssertEqual(
            DeliveryBackoff.next(attempts: 3, firstAttemptAt: start, now: now, permanent: false),
            .retry(at: now.addingTimeInterval(240)))
    }

    func testJitterLengthensTheWaitByAtMostAQuarter() {
        let now = start
        guard case .retry(let at) = DeliveryBackoff.next(attempts: 2, firstAttemptAt: start, now: now, permanent: false, jitter: 0.5) else {
            return XCTFail("expected a retry")
        }
        XCTAssertEqual(at.timeIntervalSince(now), 120 * 1.125, accuracy: 0.001)
        guard case .retry(let late) = DeliveryBackoff.next(attempts: 2, firstAttemptAt: start, now: now, permanent: false, jitter: 7) else {
            return XCTFail("expected a retry")
        }
        XCTAssertLessThan(late.timeIntervalSince(now), 150.001)
    }

    func testAPermanentRefusalFailsAtOnce() {
        XCTAssertEqual(DeliveryBackoff.next(attempts: 1, firstAttemptAt: start, now: start, permanent: true), .fail)
    }

    func testNoMessageFailsBefore48HoursOfAttempts() {
        let almost = start.addingTimeInterval(48 * 3_600 - 30)
        XCTAssertEqual(
            DeliveryBackoff.next(attempts: 40, firstAttemptAt: start, now: almost, permanent: false),
            .retry(at: start.addingTimeInterval(48 * 3_600)), "the last try lands on the deadline")
        XCTAssertEqual(DeliveryBackoff.next(attempts: 41, firstAttemptAt: start, now: start.addingTimeInterval(48 * 3_600), permanent: false), .fail)
    }

    func testOnlyPeopleWhoMayChooseGetTheirChoice() {
        XCTAssertEqual(NotificationKind.sessionConvened.mode(chosen: .digest), .digest)
        XCTAssertEqual(NotificationKind.sessionConvened.mode(chosen: nil), .immediate)
        XCTAssertEqual(NotificationKind.security.mode(chosen: DeliveryMode.none), .immediate)
        XCTAssertFalse(NotificationKind.configurable.contains(.electionCredential))
    }
}

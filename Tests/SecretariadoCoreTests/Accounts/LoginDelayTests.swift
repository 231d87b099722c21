import Foundation
import SecretariadoCore
import XCTest

final class LoginDelayTests: XCTestCase {
    func testTyposCostNothingThenTheWaitDoublesUpToTheCap() {
        let policy = LoginDelay.perAccount
        let waits = (0...12).map { LoginDelay.delay(failures: $0, policy: policy) }
        XCTAssertEqual(Array(waits.prefix(4)), [0, 0, 0, 0])
        XCTAssertEqual(Array(waits[4...8]), [1, 2, 4, 8, 16])
        XCTAssertEqual(waits[9], 30)
        XCTAssertEqual(LoginDelay.delay(failures: 10_000, policy: policy), policy.cap, "no lock, ever: the wait stays at the cap")
    }

    func testTheAccountWaitIsShortSoItsOwnerAlwaysGetsIn() {
        XCTAssertLessThanOrEqual(LoginDelay.perAccount.cap, 60)
        XCTAssertGreaterThan(LoginDelay.perAddress.cap, LoginDelay.perAccount.cap)
    }

    func testTheWaitIsCountedFromTheLastFailure() {
        let now = Date()
        XCTAssertEqual(
            LoginDelay.remaining(failures: 6, lastFailure: now.addingTimeInterval(-1), policy: LoginDelay.perAccount, now: now), 3, accuracy: 0.01)
        XCTAssertEqual(LoginDelay.remaining(failures: 6, lastFailure: now.addingTimeInterval(-10), policy: LoginDelay.perAccount, now: now), 0)
        XCTAssertEqual(LoginDelay.remaining(failures: 0, lastFailure: nil, policy: LoginDelay.perAccount, now: now), 0)
    }
}

@testable import SecretariadoApp
import XCTVapor
import XCTest

final class ThrottleAndLimitsTests: AppTestCase {
    func testFiveWrongPasswordsLockTheAccountForAWhile() async throws {
        try await makeUser("ana@example.org")
        let browser = Browser(app)
        for _ in 1...LoginThrottle.perAccount {
            let res = try await browser.post(SiteURL.login.path, form: ["email": "ana@example.org", "password": "no-es"])
            XCTAssertEqual(res.status, .unauthorized)
        }

        let locked = try await browser.post(SiteURL.login.path, form: ["email": "ana@example.org", "password": "contraseña-segura"])

        XCTAssertEqual(locked.status, .tooManyRequests, "even the right password waits")
        XCTAssertNotNil(locked.headers.first(name: "Retry-After"))
        XCTAssertNil(browser.cookies[SessionSetup.cookieName])
    }

    func testOldFailuresDoNotCount() async throws {
        let past = Date().addingTimeInterval(-LoginThrottle.window - 60)
        for _ in 1...10 {
            try await LoginThrottle.recordFailure(email: "ana@example.org", address: "10.0.0.1", on: db, now: past)
        }

        try await LoginThrottle.check(email: "ana@example.org", address: "10.0.0.1", on: db)
    }

    func testAnOversizedBodyIsRefusedWith413() async throws {
        var headers = HTTPHeaders()
        headers.contentType = .json
        let huge = "{\"forums\": [" + String(repeating: " ", count: 2_000_000) + "]}"

        // A real server: the in-memory tester hands the body over already collected.
        try await app.testable(method: .running(port: 0)).test(.POST, "/api/v1/analysis", headers: headers, body: ByteBuffer(string: huge)) { res async throws in
            XCTAssertEqual(res.status, .payloadTooLarge)
            XCTAssertEqual(try res.content.get(Bool.self, at: "error"), true)
        }
    }

    func testUnexpectedErrorsNeverShowInternals() {
        struct Internal: Error { let secret = "/home/servidor/clave" }
        let description = ErrorDescription(Internal(), language: .es)
        XCTAssertEqual(description.status, .internalServerError)
        XCTAssertFalse(description.message.contains("servidor/clave"))
    }
}

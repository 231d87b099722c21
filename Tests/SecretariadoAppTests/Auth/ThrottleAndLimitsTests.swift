import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

final class ThrottleAndLimitsTests: AppTestCase {
    /// Moves every recorded failure `seconds` into the past, as if the client had waited.
    private func wait(_ seconds: TimeInterval) async throws {
        for attempt in try await LoginAttempt.query(on: db).all() {
            attempt.at = attempt.at.addingTimeInterval(-seconds)
            try await attempt.update(on: db)
        }
    }

    func testWrongPasswordsSlowTheAccountDownProgressivelyButNeverLockIt() async throws {
        try await makeUser("ana@example.org")
        let browser = Browser(app)
        for _ in 1...LoginDelay.perAccount.free {
            let res = try await browser.post(SiteURL.login.path, form: ["email": "ana@example.org", "password": "no-es"])
            XCTAssertEqual(res.status, .unauthorized, "typos cost nothing")
        }
        let fourth = try await browser.post(SiteURL.login.path, form: ["email": "ana@example.org", "password": "no-es"])
        XCTAssertEqual(fourth.status, .unauthorized)

        let tooSoon = try await browser.post(SiteURL.login.path, form: ["email": "ana@example.org", "password": "contraseña-segura"])

        XCTAssertEqual(tooSoon.status, .tooManyRequests, "even the right password waits its turn")
        let retry = Int(tooSoon.headers.first(name: "Retry-After") ?? "") ?? 0
        XCTAssertGreaterThanOrEqual(retry, 1)
        XCTAssertLessThanOrEqual(retry, Int(LoginDelay.perAccount.cap))
        XCTAssertTrue(tooSoon.body.string.contains("Espera \(retry) segundos"), "the form says how long to wait")
        XCTAssertNil(browser.cookies[SessionSetup.cookieName].flatMap { $0.isEmpty ? nil : $0 })

        try await wait(TimeInterval(retry))
        try await browser.login("ana@example.org")
        let left = try await LoginAttempt.query(on: db).filter(\.$email == "ana@example.org").count()
        XCTAssertEqual(left, 0, "signing in clears the account's failures")
    }

    func testAnAttackCannotLockTheAdministratorOut() async throws {
        try await makeUser("admin@localhost", admin: true)
        // A thousand guesses from many addresses, the last half a minute ago.
        let past = Date().addingTimeInterval(-LoginDelay.perAccount.cap - 1)
        for index in 0..<1_000 {
            try await LoginAttempt(email: "admin@localhost", address: "203.0.113.\(index % 250)", at: past).create(on: db)
        }

        try await Browser(app).login("admin@localhost")
    }

    func testTheWaitIsNeverLongerThanTheCapForTheAccount() async throws {
        let now = Date()
        for _ in 0..<500 {
            try await LoginThrottle.recordFailure(email: "ana@example.org", address: "198.51.100.\(Int.random(in: 1...200))", on: db, now: now)
        }
        do {
            try await LoginThrottle.check(email: "ana@example.org", address: "192.0.2.1", on: db, now: now)
            XCTFail("a wait is owed")
        } catch AppError.tooManyRequests(let seconds) {
            XCTAssertLessThanOrEqual(seconds, Int(LoginDelay.perAccount.cap))
        }
        try await LoginThrottle.check(email: "ana@example.org", address: "192.0.2.1", on: db, now: now.addingTimeInterval(LoginDelay.perAccount.cap))
    }

    func testOldFailuresDoNotCount() async throws {
        let past = Date().addingTimeInterval(-LoginThrottle.window - 60)
        for _ in 1...50 {
            try await LoginThrottle.recordFailure(email: "ana@example.org", address: "10.0.0.1", on: db, now: past)
        }

        // Fifty failures from before the window: the check lets the next attempt through.
        try await LoginThrottle.check(email: "ana@example.org", address: "10.0.0.1", on: db)
        // The same fifty inside the window would not: what made the difference is their age.
        for _ in 1...50 {
            try await LoginThrottle.recordFailure(email: "ana@example.org", address: "10.0.0.1", on: db)
        }
        do {
            try await LoginThrottle.check(email: "ana@example.org", address: "10.0.0.1", on: db)
            XCTFail("recent failures must count")
        } catch {}
    }

    func testAnOversizedBodyIsRefusedWith413() async throws {
        var headers = HTTPHeaders()
        headers.contentType = .json
        let huge = "{\"forums\": [" + String(repeating: " ", count: 2_000_000) + "]}"

        // A real server: the in-memory tester hands the body over already collected.
        try await app.testable(method: .running(port: 0)).test(.POST, "/api/v1/analysis", headers: headers, body: ByteBuffer(string: huge)) {
            res async throws in
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

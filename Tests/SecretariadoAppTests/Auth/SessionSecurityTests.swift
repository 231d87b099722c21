import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Sessions: a new id at every sign-in, nothing stored for unknown cookies, an end for every
/// session (expiry, password change), and the web password change itself.
final class SessionSecurityTests: AppTestCase {
    private func sessionRows() async throws -> Int {
        try await WebSession.query(on: db).count()
    }

    /// GETs `path` sending only this session cookie.
    private func get(_ path: String, cookie: String) async throws -> XCTHTTPResponse {
        var headers = HTTPHeaders()
        headers.add(name: .cookie, value: "\(SessionSetup.cookieName)=\(cookie)")
        return try await app.sendRequest(.GET, path, headers: headers)
    }

    func testTheSessionIdChangesAtEverySignInAndTheOldOneDies() async throws {
        try await makeUser("ana@example.org")
        let browser = Browser(app)
        try await browser.login("ana@example.org")
        let first = try XCTUnwrap(browser.cookies[SessionSetup.cookieName])

        try await browser.login("ana@example.org")
        let second = try XCTUnwrap(browser.cookies[SessionSetup.cookieName])

        XCTAssertNotEqual(first, second)
        let old = try await get(SiteURL.account.path, cookie: first)
        XCTAssertEqual(old.status, .seeOther, "the pre-login session id is no longer signed in")
        let new = try await get(SiteURL.account.path, cookie: second)
        XCTAssertEqual(new.status, .ok)
        let rows = try await sessionRows()
        XCTAssertEqual(rows, 1)
    }

    func testAPlantedCookieNeverBecomesTheSignedInSession() async throws {
        try await makeUser("ana@example.org")
        let browser = Browser(app)
        _ = try await browser.get(SiteURL.login.path)
        // An attacker sets a cookie value they know before the victim signs in.
        var headers = HTTPHeaders()
        headers.add(name: .cookie, value: "\(CSRF.cookieName)=\(browser.csrf!); \(SessionSetup.cookieName)=conocido-por-el-atacante")
        headers.contentType = .urlEncodedForm
        let body = "email=ana%40example.org&password=contrase%C3%B1a-segura&_csrf=\(browser.csrf!)"
        var issued: String?
        try await app.test(.POST, SiteURL.login.path, headers: headers, body: ByteBuffer(string: body)) { res async in
            XCTAssertEqual(res.status, .seeOther)
            issued = res.headers.setCookie?[SessionSetup.cookieName]?.string
        }
        XCTAssertNotNil(issued)
        XCTAssertNotEqual(issued, "conocido-por-el-atacante")
        let planted = try await get(SiteURL.account.path, cookie: "conocido-por-el-atacante")
        XCTAssertEqual(planted.status, .seeOther)
    }

    func testAnUnknownCookieStoresNoSessionAndIsCleared() async throws {
        let res = try await get(SiteURL.home.path, cookie: "inventada")
        XCTAssertEqual(res.status, .ok)
        XCTAssertEqual(res.headers.setCookie?[SessionSetup.cookieName]?.string, "", "the stale cookie is cleared")
        _ = try await get(SiteURL.login.path, cookie: "otra-inventada")
        let rows = try await sessionRows()
        let legacy = try await SessionRecord.query(on: db).count()
        XCTAssertEqual(rows, 0)
        XCTAssertEqual(legacy, 0)
    }

    func testAnExpiredSessionIsRefusedAndPrunedAtTheNextSignIn() async throws {
        try await makeUser("ana@example.org")
        let browser = Browser(app)
        try await browser.login("ana@example.org")
        let cookie = try XCTUnwrap(browser.cookies[SessionSetup.cookieName])
        let ok = try await get(SiteURL.account.path, cookie: cookie)
        XCTAssertEqual(ok.status, .ok)
        for session in try await WebSession.query(on: db).all() {
            session.expiresAt = Date().addingTimeInterval(-1)
            try await session.update(on: db)
        }

        let expired = try await get(SiteURL.account.path, cookie: cookie)

        XCTAssertEqual(expired.status, .seeOther, "sent to sign in again")
        try await Browser(app).login("ana@example.org")
        let rows = try await WebSession.query(on: db).all()
        XCTAssertEqual(rows.count, 1, "the expired row was pruned")
        XCTAssertGreaterThan(rows[0].expiresAt, Date())
        XCTAssertLessThanOrEqual(rows[0].expiresAt, Date().addingTimeInterval(SessionSetup.maxAge + 1))
    }

    func testOnlyTheTokensHashIsStored() async throws {
        try await makeUser("ana@example.org")
        let browser = Browser(app)
        try await browser.login("ana@example.org")
        let cookie = try XCTUnwrap(browser.cookies[SessionSetup.cookieName])
        let row = try await WebSession.query(on: db).first()
        XCTAssertEqual(row?.tokenHash, APITokens.hash(cookie))
        XCTAssertNotEqual(row?.tokenHash, cookie)
    }

    // MARK: password change

    func testChangingThePasswordEndsOtherSessionsAndTokensButNotThisOne() async throws {
        let ana = try await makeUser("ana@example.org")
        let bearer = try await bearer(for: ana)
        let here = Browser(app)
        let elsewhere = Browser(app)
        try await here.login("ana@example.org")
        try await elsewhere.login("ana@example.org")
        let form = try await here.get(SiteURL.accountPassword.path)
        XCTAssertEqual(form.status, .ok)

        let res = try await here.post(
            SiteURL.accountPassword.path,
            form: [
                "currentPassword": "contraseña-segura", "newPassword": "otra frase bastante larga", "confirmation": "otra frase bastante larga",
            ])

        XCTAssertEqual(res.status, .seeOther, res.body.string)
        let got1 = try await here.get(SiteURL.account.path).status
        XCTAssertEqual(got1, .ok, "this browser stays signed in")
        let got2 = try await elsewhere.get(SiteURL.account.path).status
        XCTAssertEqual(got2, .seeOther, "the other one is signed out")
        try await app.test(.GET, APIURL.accountTokens.path, headers: bearer) { res async in
            XCTAssertEqual(res.status, .unauthorized, "tokens are revoked")
        }
        let wrongOld = try await Browser(app).post(SiteURL.login.path, form: ["email": "ana@example.org", "password": "contraseña-segura"])
        XCTAssertEqual(wrongOld.status, .unauthorized)
        try await Browser(app).login("ana@example.org", password: "otra frase bastante larga")
        let entry = try await AuditEntry.query(on: db).filter(\.$entity == "user").filter(\.$action == "update").first()
        XCTAssertTrue(entry?.summary.contains("Contraseña cambiada") ?? false)
    }

    func testAPasswordChangeNeedsTheCurrentPasswordAndTheSameNewOneTwice() async throws {
        try await makeUser("ana@example.org")
        let browser = Browser(app)
        try await browser.login("ana@example.org")
        let wrong = try await browser.post(
            SiteURL.accountPassword.path,
            form: [
                "currentPassword": "no-es-la-mia", "newPassword": "otra frase bastante larga", "confirmation": "otra frase bastante larga",
            ])
        XCTAssertEqual(wrong.status, .unprocessableEntity)
        let mismatch = try await browser.post(
            SiteURL.accountPassword.path,
            form: [
                "currentPassword": "contraseña-segura", "newPassword": "otra frase bastante larga", "confirmation": "otra frase distinta",
            ])
        XCTAssertEqual(mismatch.status, .unprocessableEntity)
        let empty = try await browser.post(SiteURL.accountPassword.path, form: ["newPassword": "otra frase bastante larga"])
        XCTAssertEqual(empty.status, .unprocessableEntity)
        let attempts = try await LoginAttempt.query(on: db).count()
        XCTAssertEqual(attempts, 1, "a wrong current password counts like a wrong sign-in; an empty one is no guess")
        try await Browser(app).login("ana@example.org")
    }

    func testLongAndCommonNewPasswordsAreRefusedWithAClearMessage() async throws {
        try await makeUser("ana@example.org")
        let browser = Browser(app)
        try await browser.login("ana@example.org")
        let long = String(repeating: "ñandú ", count: 10)  // 60 characters, 80 bytes
        let tooLong = try await browser.post(
            SiteURL.accountPassword.path,
            form: [
                "currentPassword": "contraseña-segura", "newPassword": long, "confirmation": long,
            ])
        XCTAssertEqual(tooLong.status, .unprocessableEntity)
        XCTAssertTrue(tooLong.body.string.contains("72 bytes"), tooLong.body.string)
        let common = try await browser.post(
            SiteURL.accountPassword.path,
            form: [
                "currentPassword": "contraseña-segura", "newPassword": "Contraseña123", "confirmation": "Contraseña123",
            ])
        XCTAssertEqual(common.status, .unprocessableEntity)
        XCTAssertTrue(common.body.string.contains("más usadas"))
        try await Browser(app).login("ana@example.org")
    }

    func testTheShellRefusesCommonPasswordsAndEndsEverySession() async throws {
        let ana = try await makeUser("ana@example.org")
        _ = try await bearer(for: ana)
        try await Browser(app).login("ana@example.org")
        do {
            try await UserWrites.setPassword(email: "ana@example.org", password: "qwerty123456", by: .system, on: db)
            XCTFail("a common password")
        } catch let error as AppError {
            XCTAssertEqual(error.field, "password")
        }
        try await UserWrites.setPassword(email: "ana@example.org", password: "una frase nueva y larga", by: .system, on: db)
        let sessions = try await sessionRows()
        let tokens = try await APIToken.query(on: db).count()
        XCTAssertEqual(sessions, 0)
        XCTAssertEqual(tokens, 0)
    }

    // MARK: «Mi cuenta»

    func testMyAccountLinksRolesToTheirSTLAndNamesSectorAndSeat() async throws {
        try await loadDemo()
        try await makeUser("rep@jal.mx", grants: [("jalisco", .representante, "sociedad_civil", 1)])
        let browser = Browser(app)
        try await browser.login("rep@jal.mx")

        let page = try await browser.get(SiteURL.account.path).body.string

        XCTAssertTrue(page.contains("href=\"\(SiteURL.secretariat(.value("jalisco")).path)\""), page)
        XCTAssertTrue(page.contains("Sociedad civil, asiento 1"))
        XCTAssertTrue(page.contains(SiteURL.accountTokens.path))
        XCTAssertFalse(page.contains("Nombre del token"), "tokens live on their own page")
    }
}

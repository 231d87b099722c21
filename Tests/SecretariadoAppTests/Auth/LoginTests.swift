import Fluent
import XCTVapor
import XCTest

@testable import SecretariadoApp

final class LoginTests: AppTestCase {
    func testFirstStartCreatesOneAdminWithARandomPasswordPrintedOnce() async throws {
        let first = try await AdminBootstrap.ensureAdmin(on: db)
        let second = try await AdminBootstrap.ensureAdmin(on: db)

        let password = try XCTUnwrap(first?.password)
        XCTAssertNil(second, "the password is shown only on the first start")
        XCTAssertGreaterThanOrEqual(password.count, 20)
        let admin = try await User.query(on: db).filter(\.$isAdmin == true).first()
        XCTAssertEqual(admin?.email, AdminBootstrap.defaultEmail)
        XCTAssertTrue(admin?.passwordHash.hasPrefix("$2") ?? false, "stored as bcrypt")
        XCTAssertNotEqual(admin?.passwordHash, password)
    }

    func testTheFirstAdminsEmailCanBeChosenAtFirstStart() async throws {
        XCTAssertEqual(try AdminBootstrap.adminEmail(environment: nil), "admin@localhost")
        XCTAssertEqual(try AdminBootstrap.adminEmail(environment: " "), "admin@localhost")
        XCTAssertEqual(try AdminBootstrap.adminEmail(environment: "Jefa@STL.mx"), "jefa@stl.mx")
        XCTAssertThrowsError(try AdminBootstrap.adminEmail(environment: "no-es-correo"))
        let option = AdminBootstrap.takeEmailOption(from: ["secretariado", "serve", "--admin-email", "jefa@stl.mx", "--port", "8080"])
        XCTAssertEqual(option.email, "jefa@stl.mx")
        XCTAssertEqual(option.rest, ["secretariado", "serve", "--port", "8080"], "serve never sees the option")
        XCTAssertEqual(AdminBootstrap.takeEmailOption(from: ["x", "serve", "--admin-email=a@b.mx"]).email, "a@b.mx")

        let created = try await AdminBootstrap.ensureAdmin(on: db, email: "jefa@stl.mx")

        XCTAssertEqual(created?.email, "jefa@stl.mx")
        XCTAssertTrue(AdminBootstrap.banner(email: "jefa@stl.mx", password: created!.password).contains("jefa@stl.mx"))
        try await Browser(app).login("jefa@stl.mx", password: created!.password)
    }

    func testAdminPasswordsDifferBetweenInstallations() {
        XCTAssertNotEqual(Passwords.random(), Passwords.random())
    }

    func testWrongPasswordIsRefusedWithoutSession() async throws {
        try await makeUser("ana@example.org")
        let browser = Browser(app)

        let res = try await browser.post(SiteURL.login.path, form: ["email": "ana@example.org", "password": "equivocada"])

        XCTAssertEqual(res.status, .unauthorized)
        XCTAssertTrue(res.body.string.contains("incorrectos"))
        XCTAssertNil(browser.cookies[SessionSetup.cookieName])
    }

    func testLoginGivesAnHttpOnlySessionAndLogoutEndsIt() async throws {
        try await makeUser("ana@example.org", admin: true)
        let browser = Browser(app)

        try await browser.login("ana@example.org")
        let admin = try await browser.get(SiteURL.admin.path)
        XCTAssertEqual(admin.status, .ok)

        try await browser.post(SiteURL.logout.path, form: [:])
        let afterLogout = try await browser.get(SiteURL.admin.path)
        XCTAssertEqual(afterLogout.status, .seeOther, "sent back to the login page")
    }

    func testSessionCookieIsHttpOnlyAndSameSite() async throws {
        try await makeUser("ana@example.org")
        let browser = Browser(app)
        _ = try await browser.get(SiteURL.login.path)
        var headers = HTTPHeaders()
        headers.add(name: .cookie, value: "\(CSRF.cookieName)=\(browser.csrf!)")
        headers.contentType = .urlEncodedForm
        let body = "email=ana%40example.org&password=contrase%C3%B1a-segura&_csrf=\(browser.csrf!)"

        try await app.test(.POST, SiteURL.login.path, headers: headers, body: ByteBuffer(string: body)) { res async in
            let cookie = res.headers.setCookie?[SessionSetup.cookieName]
            XCTAssertNotNil(cookie)
            XCTAssertEqual(cookie?.isHTTPOnly, true)
            XCTAssertEqual(cookie?.sameSite, .lax)
        }
    }

    func testAFormWithoutTheCSRFTokenIsRefused() async throws {
        try await makeUser("ana@example.org")
        let browser = Browser(app)
        _ = try await browser.get(SiteURL.login.path)

        let res = try await browser.post(SiteURL.login.path, form: ["email": "ana@example.org", "password": "contraseña-segura"], csrf: "falso")

        XCTAssertEqual(res.status, .forbidden)
        XCTAssertNil(browser.cookies[SessionSetup.cookieName])
    }

    func testLoginRedirectsOnlyToLocalPaths() {
        XCTAssertEqual(AuthController.safeNext("/stl/jalisco/gestion"), "/stl/jalisco/gestion")
        XCTAssertEqual(AuthController.safeNext("https://malo.example"), "/")
        XCTAssertEqual(AuthController.safeNext("//malo.example"), "/")
        XCTAssertEqual(AuthController.safeNext(nil), "/")
    }

    func testPagesCarrySecurityHeaders() async throws {
        try await app.test(.GET, "/") { res async in
            XCTAssertEqual(res.headers.first(name: "X-Content-Type-Options"), "nosniff")
            let csp = res.headers.first(name: "Content-Security-Policy") ?? ""
            XCTAssertTrue(csp.contains("frame-ancestors 'none'"))
            XCTAssertTrue(csp.contains("script-src 'self'"))
            XCTAssertFalse(csp.contains("unsafe-inline"))
        }
    }
}

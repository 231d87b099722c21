import XCTVapor
import XCTest

@testable import SecretariadoApp

final class AdminAuditTests: AppTestCase {
    func testAdminsSeeAccountChangesThatBelongToNoSTL() async throws {
        try await makeUser("root@mx.org", admin: true)
        _ = try await UserWrites.create(email: "nueva@mx.org", name: "Nueva", password: nil, isAdmin: false, by: .system, on: db)
        let browser = Browser(app)
        try await browser.login("root@mx.org")

        let page = try await browser.get("/admin/auditoria")

        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.string.contains("Cuenta creada: nueva@mx.org"))
        XCTAssertTrue(page.body.string.contains("Plataforma"))
    }

    func testComparisonIncludesTheInternationalForumsOfTabla1() async throws {
        try await loadDemo()

        try await app.test(.GET, "/comparativo") { res async in
            XCTAssertTrue(res.body.string.contains("Referencias internacionales"))
            XCTAssertTrue(res.body.string.contains("Sierra Leona"))
            XCTAssertTrue(res.body.string.contains("Brasil"))
        }
    }
}

import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// The admin's list of accounts: searchable, paginated, one page per account with its roles.
final class AdminAccountsTests: AppTestCase {
    func testTheListIsSearchableAndPaginatedAndLinksEachAccount() async throws {
        try await makeUser("root@mx", admin: true)
        for index in 0..<(PortalPage.size + 5) {
            try await makeUser(String(format: "persona%03d@example.org", index))
        }
        let lucia = try await makeUser("lucia.perez@ejemplo.mx")
        lucia.name = "Lucía Pérez"
        try await lucia.update(on: db)
        let browser = Browser(app)
        try await browser.login("root@mx")

        let first = try await browser.get(SiteURL.admin.path).body.string
        XCTAssertTrue(first.contains("rel=\"next\""), "more than one page")
        XCTAssertFalse(first.contains("persona104@example.org"), "not everything on one page")
        XCTAssertFalse(first.contains("name=\"holderRole\""), "no role widget per account on the list")
        let second = try await browser.get(SiteURL.admin.path + "?pagina=2").body.string
        XCTAssertTrue(second.contains("persona104@example.org") || second.contains("root@mx"))

        let found = try await browser.get(SiteURL.admin.path + "?q=Lucia").body.string
        XCTAssertTrue(found.contains(SiteURL.adminUser(.value(lucia.id!)).path))
        XCTAssertFalse(found.contains("persona001@example.org"))
        let byName = try await browser.get(SiteURL.admin.path + "?q=" + Browser.encode("lucía PÉREZ")).body.string
        XCTAssertTrue(byName.contains(SiteURL.adminUser(.value(lucia.id!)).path), "names match whatever the case")

        let page = try await browser.get(SiteURL.adminUser(.value(lucia.id!)).path)
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.string.contains("name=\"holderRole\""), "the grant form is on the account's page")
        let html = page.body.string
        let labelled = Set(PortalTests.matches(#"<label for="([^"]+)""#, in: html))
        for id in PortalTests.matches(#"<(?:input|select|textarea)[^>]*\bid="([^"]+)""#, in: html) {
            XCTAssertTrue(labelled.contains(id), "#\(id) has no label")
        }
    }

    func testGrantingFromTheAccountPageComesBackToIt() async throws {
        try await loadDemo()
        try await makeUser("root@mx", admin: true)
        let ana = try await makeUser("ana@example.org")
        let browser = Browser(app)
        try await browser.login("root@mx")

        let res = try await browser.post(SiteURL.adminUserGrants(.value(ana.id!)).path, form: ["secretariat": "jalisco", "role": "facilitador"])

        XCTAssertEqual(res.status, .seeOther)
        XCTAssertEqual(res.headers.first(name: .location), SiteURL.adminUser(.value(ana.id!)).path + "?guardado=1")
        let page = try await browser.get(SiteURL.adminUser(.value(ana.id!)).path).body.string
        XCTAssertTrue(page.contains("Jalisco"))
        XCTAssertTrue(page.contains("/revocar"))
        let unknown = try await browser.get(SiteURL.adminUser(.value(UUID())).path)
        XCTAssertEqual(unknown.status, .notFound)
    }
}

import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// The page frame: phones, languages, the STL sub-menu, the 404 page's header.
final class LayoutTests: AppTestCase {
    func testEveryTableScrollsInItsOwnBox() async throws {
        try await loadDemo()
        for path in ["/", "/comparativo", "/stl/jalisco"] {
            let html = try await Browser(app).get(path).body.string
            let tables = html.components(separatedBy: "<table").count - 1
            XCTAssertGreaterThan(tables, 0, path)
            XCTAssertEqual(html.components(separatedBy: "<div class=\"table-scroll\"><table").count - 1, tables, path)
            XCTAssertEqual(html.components(separatedBy: "</table></div>").count - 1, tables, path)
        }
        XCTAssertTrue(Stylesheet.css.contains(".table-scroll { overflow-x: auto;"))
    }

    func testTheHeaderFoldsIntoAMenuOnPhones() async throws {
        let html = try await Browser(app).get("/").body.string
        XCTAssertTrue(html.contains("<details class=\"narrow\"><summary>Menú</summary>"))
        XCTAssertTrue(html.contains("<nav class=\"wide\""))
        XCTAssertTrue(Stylesheet.css.contains("header.site nav.wide { display: none; }"))
    }

    func testEnglishIsPlainEnAndTheBrowsersLanguageCountsUntilTheSiteIsTold() async throws {
        var headers = HTTPHeaders()
        headers.add(name: .acceptLanguage, value: "en-GB,en;q=0.9,es;q=0.5")
        try await app.test(.GET, "/comparativo", headers: headers) { res async in
            XCTAssertTrue(res.body.string.contains("<html lang=\"en\">"), String(res.body.string.prefix(200)))
            XCTAssertTrue(res.headers.first(name: .vary)?.contains("Accept-Language") ?? false)
        }
        headers.add(name: .cookie, value: "lang=es")
        try await app.test(.GET, "/comparativo", headers: headers) { res async in
            XCTAssertTrue(res.body.string.contains("<html lang=\"es-MX\">"), "the remembered choice wins")
        }
        var spanish = HTTPHeaders()
        spanish.add(name: .acceptLanguage, value: "en")
        try await app.test(.GET, "/comparativo?lang=es", headers: spanish) { res async in
            XCTAssertTrue(res.body.string.contains("<html lang=\"es-MX\">"), "?lang= wins")
        }
    }

    func testEnglishPagesShowNoSpanishSeatNamesOrDemoNotes() async throws {
        try await loadDemo()
        try await makeUser("fac@sin.mx", grants: [("sinaloa", .facilitador, nil, nil)])
        let browser = Browser(app)
        try await browser.login("fac@sin.mx")
        let manage = try await browser.get(SiteURL.manage(.value("sinaloa")).path + "?lang=en").body.string
        XCTAssertFalse(manage.contains("Gobierno #1"))
        XCTAssertTrue(manage.contains(">Government 1</option>"))
        // A demo STL whose facilitator post is vacant carries the guide's note.
        for slug in try await Secretariat.query(on: db).all().map(\.slug) {
            let page = try await browser.get("/stl/\(slug)").body.string
            XCTAssertFalse(page.contains("Pendiente el proceso"), slug)
        }
    }

    func testEveryPageOfAnSTLCarriesTheSameSubMenuWithSessions() async throws {
        try await loadDemo()
        let session = try await convene("morelos")
        let slug = Parameter<String>.value("morelos")
        let paths = [
            SiteURL.secretariat(slug).path, SiteURL.sessions(slug).path, SiteURL.session(slug, .value(session.id!)).path,
            SiteURL.agreements(slug).path, SiteURL.finances(slug).path, SiteURL.installation(slug).path,
            SiteURL.installationElection(slug).path,
        ]
        for path in paths {
            let html = try await Browser(app).get(path).body.string
            XCTAssertTrue(html.contains("<nav class=\"subnav\" aria-label=\"Secciones del STL\">"), path)
            XCTAssertTrue(html.contains("href=\"\(SiteURL.sessions(slug).path)\""), path)
            XCTAssertFalse(html.contains("href=\"\(SiteURL.proposals(slug).path)\""), "proposals are for members: \(path)")
        }
        try await representative("gob1@mor.mx", "morelos", "gobierno", 1)
        let member = Browser(app)
        try await member.login("gob1@mor.mx")
        let html = try await member.get(SiteURL.session(slug, .value(session.id!)).path).body.string
        XCTAssertTrue(html.contains("href=\"\(SiteURL.proposals(slug).path)\""))
    }

    func testDraftMinutesAreNotLinkedForVisitorsWhoAreToldWhy() async throws {
        try await loadDemo()
        let session = try await convene("morelos")
        let html = try await Browser(app).get(SiteURL.session(.value("morelos"), .value(session.id!)).path).body.string
        XCTAssertFalse(html.contains(SiteURL.sessionMinutes(.value("morelos"), .value(session.id!)).path))
        XCTAssertTrue(html.contains("La minuta se publica, imprimible, cuando la persona facilitadora la finaliza."))
        let sessions = try await Browser(app).get(SiteURL.sessions(.value("morelos")).path).body.string
        XCTAssertFalse(sessions.contains("URL_DEL_ARCHIVO"), "no shell command as a primary action")
    }

    func testANotFoundPageShowsTheSignedInHeader() async throws {
        try await makeUser("ana@example.org")
        let browser = Browser(app)
        try await browser.login("ana@example.org")
        let res = try await browser.get("/no-existe/para-nada")
        XCTAssertEqual(res.status, .notFound)
        XCTAssertTrue(res.body.string.contains("Cerrar sesión (ana@example.org)"), res.body.string)
        XCTAssertTrue(res.body.string.contains("href=\"/mi-trabajo\""))
    }
}

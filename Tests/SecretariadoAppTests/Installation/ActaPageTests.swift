import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// «Acta de instalación» answers for every STL: the generated acta, the uploaded
/// historical acta, or who may upload it. Never a missing page.
final class ActaPageTests: AppTestCase {
    func testEveryDemoSTLAnswersAtItsActaInBothLanguages() async throws {
        try await loadDemo()
        let stls = try await Secretariat.query(on: db).all()
        XCTAssertEqual(stls.count, 16, "the guide's STLs")
        for stl in stls {
            let es = try await Browser(app).get("/stl/\(stl.slug)/acta")
            XCTAssertEqual(es.status, .ok, stl.slug)
            XCTAssertTrue(es.body.string.contains("aún no se ha subido"), stl.slug)
            XCTAssertTrue(es.body.string.contains("facilitador(a) y personal del organismo garante"), "\(stl.slug): who may upload it")
            XCTAssertFalse(es.body.string.contains("Subir el acta en el paso 10"), "\(stl.slug): no upload link for the public")
            let en = try await Browser(app).get("/stl/\(stl.slug)/acta?lang=en")
            XCTAssertEqual(en.status, .ok, stl.slug)
            XCTAssertTrue(en.body.string.contains("has not been uploaded yet"), stl.slug)
            XCTAssertTrue(en.body.string.contains("facilitator and guarantor body staff"), stl.slug)
            let markdown = try await Browser(app).get("/stl/\(stl.slug)/acta.md")
            XCTAssertEqual(markdown.status, .ok, stl.slug)
            XCTAssertTrue(markdown.body.string.contains("aún no se ha subido"), stl.slug)
        }
    }

    func testOnlyWhoMayUploadIsOfferedTheLink() async throws {
        try await loadDemo()
        try await makeUser("itei@jal.mx", grants: [("jalisco", .garante, nil, nil)])
        try await makeUser("fac@jal.mx", grants: [("jalisco", .facilitador, nil, nil)])
        try await makeUser("rep@jal.mx", grants: [("jalisco", .representante, "gobierno", 1)])
        try await makeUser("itei@mor.mx", grants: [("morelos", .garante, nil, nil)])
        let link = "href=\"/stl/jalisco/instalacion/pasos/10\""
        for (email, offered) in [("itei@jal.mx", true), ("fac@jal.mx", true), ("rep@jal.mx", false), ("itei@mor.mx", false)] {
            let browser = Browser(app)
            try await browser.login(email)
            let page = try await browser.get("/stl/jalisco/acta")
            XCTAssertEqual(page.status, .ok, email)
            XCTAssertEqual(page.body.string.contains(link), offered, email)
        }
    }

    func testAnUploadedHistoricalActaIsShownWithItsDigest() async throws {
        try await loadDemo()
        let stl = try await Secretariat.find(slug: "jalisco", on: db)
        let sha = String(repeating: "ab12", count: 16)
        let file = HistoricalActa(
            fileName: "acta <instalación> 2019.pdf", sha256: sha, size: 2_400_000, mediaType: "application/pdf",
            downloadPath: "/documentos/\(sha)", uploadedAt: Date(timeIntervalSince1970: 1_780_000_000), uploadedBy: "Personal del ITEI")
        let model = ActaPage.Model(
            stl: stl, availability: ActaAvailability.decide(inFormation: false, hasIssuedActa: false, hasHistoricalActa: true),
            markdown: nil, act: nil, historical: file, canIssue: false,
            uploaders: ActaAvailability.uploadersText(in: stl.id!), canUpload: false, saved: false)
        for language in [Language.es, .en] {
            let html = ActaPage.View(model: model, context: PageContext(language: language)).html.render()
            XCTAssertTrue(html.contains("<code>\(sha)</code>"), "the file's digest, \(language)")
            XCTAssertTrue(html.contains("href=\"/documentos/\(sha)\""), "the download link")
            XCTAssertTrue(html.contains("http://localhost:8080/documentos/\(sha)"), "the address written out for paper")
            XCTAssertTrue(html.contains("acta &lt;instalación&gt; 2019.pdf"), "the name escaped")
            XCTAssertTrue(html.contains("2.4 MB"))
            XCTAssertFalse(html.contains("not been uploaded") || html.contains("no se ha subido"))
        }
    }

    func testADraftActaIsPrintableAndMarkedAsDraft() async throws {
        let fixture = try await InstallationFixture.make(on: db)
        let page = try await Browser(app).get("/stl/\(fixture.stl.slug)/acta")
        XCTAssertEqual(page.status, .ok)
        let html = page.body.string
        XCTAssertTrue(html.contains("BORRADOR — el acta aún no se emite."), "the printout says it is a draft")
        XCTAssertTrue(html.contains("Sin resumen: es un borrador."))
        XCTAssertTrue(html.contains("<script src=\"/static/imprimir.js\" defer=\"defer\"></script>"))
        XCTAssertTrue(html.contains("data-print=\"1\""), "the print button")
    }

    func testThePrintScriptAndStylesheetAreServedUnderTheCSP() async throws {
        let script = try await Browser(app).get(SiteURL.printScript.path)
        XCTAssertEqual(script.status, .ok)
        XCTAssertEqual(script.headers.contentType?.subType, "javascript")
        XCTAssertTrue(script.body.string.contains("window.print()"))
        // The CSP admits the site's own scripts and no inline ones: the button is wired from the file.
        XCTAssertTrue(SecurityHeadersMiddleware.contentSecurityPolicy.contains("script-src 'self'"))
        XCTAssertFalse(SecurityHeadersMiddleware.contentSecurityPolicy.contains("unsafe-inline"))
        let css = try await Browser(app).get(SiteURL.stylesheet.path).body.string
        for rule in ["@page", "counter(page)", "counter(pages)", ".print-identity-line {", "li.sign", "Georgia"] {
            XCTAssertTrue(css.contains(rule), rule)
        }
    }
}

import XCTVapor
import XCTest

@testable import SecretariadoApp

final class PortalTests: AppTestCase {
    func testHomeListsEverySTLWithACompositionChartAndBadge() async throws {
        try await loadDemo()

        try await app.test(.GET, "/") { res async in
            XCTAssertEqual(res.status, .ok)
            let html = res.body.string
            for name in ["Baja California", "Michoacán", "Nuevo León", "San Luis Potosí", "Zacatecas"] {
                XCTAssertTrue(html.contains(name), name)
            }
            XCTAssertEqual(html.components(separatedBy: "<svg").count - 1, 16, "one composition bar per STL")
            XCTAssertTrue(html.contains("aria-label=\"Gobierno: 5, Sociedad civil: 1, Organismo garante: 1\""))
            XCTAssertTrue(html.contains("No equilibrado"))
            XCTAssertTrue(html.contains("lang=\"es-MX\""))
        }
    }

    func testEnglishIsAvailableAndRemembered() async throws {
        try await loadDemo()
        let browser = Browser(app)

        let english = try await browser.get("/?lang=en")
        XCTAssertTrue(english.body.string.contains("Local Technical Secretariats"))
        let again = try await browser.get("/")
        XCTAssertTrue(again.body.string.contains("lang=\"en\""))
    }

    func testSecretariatPageShowsMembersBySectorAndFacilitator() async throws {
        try await loadDemo()

        try await app.test(.GET, "/stl/sinaloa") { res async in
            XCTAssertEqual(res.status, .ok)
            let html = res.body.string
            XCTAssertTrue(html.contains("Iniciativa Sinaloa"))
            XCTAssertTrue(html.contains("Vigilantes Ciudadanos"), "suplentes are listed")
            XCTAssertTrue(html.contains("Ericka Cecilia Montoya Zavala"))
            XCTAssertTrue(html.contains("<h2>Sociedad civil</h2>"))
        }
        try await app.test(.GET, "/stl/tlaxcala") { res async in
            XCTAssertTrue(res.body.string.contains("Vacante"))
        }
    }

    func testUnknownSecretariatPageIsAFriendly404() async throws {
        try await app.test(.GET, "/stl/atlantida") { res async in
            XCTAssertEqual(res.status, .notFound)
            XCTAssertTrue(res.body.string.contains("atlantida"))
            XCTAssertTrue(res.body.string.contains("<html"))
        }
    }

    func testEveryFormControlHasALabel() async throws {
        try await loadDemo()
        try await makeUser("root@mx", admin: true)
        let browser = Browser(app)
        try await browser.login("root@mx")

        for path in ["/login", "/admin", "/stl/jalisco/gestion", "/cuenta/tokens", "/cuenta/contrasena"] {
            let html = try await browser.get(path).body.string
            let ids = Self.matches(#"<(?:input|select|textarea)[^>]*\bid="([^"]+)""#, in: html)
            let labelled = Set(Self.matches(#"<label for="([^"]+)""#, in: html))
            for id in ids { XCTAssertTrue(labelled.contains(id), "\(path): #\(id) has no label") }
            let controls = Self.matches(#"(<(?:input|select|textarea)\b[^>]*>)"#, in: html)
                .filter { !$0.contains("type=\"hidden\"") && !$0.contains("type=\"submit\"") }
            XCTAssertFalse(controls.isEmpty, path)
            for control in controls { XCTAssertTrue(control.contains(" id=\""), "\(path): \(control) has no id") }
        }
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}

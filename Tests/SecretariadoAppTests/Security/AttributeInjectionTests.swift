import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Values echoed from the query string or stored from input never become markup, and
/// links are stored only as re-serialised http(s) addresses.
final class AttributeInjectionTests: AppTestCase {
    private let payload = #""><x-inj a=1><meta http-equiv="refresh" content="0;url=https://evil.example/">"#

    private func assertNoInjection(_ html: String, _ where_: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(html.contains("<x-inj"), "\(where_): \(html)", file: file, line: line)
        XCTAssertFalse(html.contains("<meta http-equiv"), "\(where_): \(html)", file: file, line: line)
    }

    func testTheSimulatorEchoesANameWithoutMarkup() async throws {
        let query = Browser.encode(payload)
        try await app.test(.GET, "/simulador?otro_nombre=\(query)") { res async in
            XCTAssertEqual(res.status, .ok)
            assertNoInjection(res.body.string, "simulador")
            XCTAssertTrue(res.body.string.contains("&quot;&gt;&lt;x-inj"))
        }
    }

    func testTheLoginPageEchoesNextWithoutMarkup() async throws {
        try await app.test(.GET, "/login?next=\(Browser.encode("/" + payload))") { res async in
            XCTAssertEqual(res.status, .ok)
            assertNoInjection(res.body.string, "login")
        }
    }

    func testAnOrganisationWebsiteIsStoredNormalisedAndShownAsAPlainLink() async throws {
        try await loadDemo()
        let user = try await makeUser("facilita@jalisco.mx", grants: [("jalisco", .facilitador, nil, nil)])
        let headers = try await bearer(for: user)
        try await app.test(
            .POST, "/api/v1/secretariats/jalisco/organizations", headers: headers,
            beforeRequest: { req in
                try req.content.encode([
                    "name": "Observatorio \(self.payload)", "kind": "sociedad_civil", "website": "https://ok.example/\(self.payload)",
                ])
            }
        ) { res async throws in
            XCTAssertEqual(res.status, .created, res.body.string)
        }
        let stored = try await Organization.query(on: db).filter(\.$name == "Observatorio \(payload)").first()
        let website = try XCTUnwrap(stored?.website)
        XCTAssertTrue(website.hasPrefix("https://ok.example/%22%3E%3Cx-inj"), website)
        XCTAssertFalse(website.contains("\"") || website.contains("<") || website.contains("'"), website)

        try await app.test(.GET, "/stl/jalisco") { res async in
            XCTAssertEqual(res.status, .ok)
            assertNoInjection(res.body.string, "/stl/jalisco")
            XCTAssertTrue(res.body.string.contains("https://ok.example/%22%3E%3Cx-inj"))
        }
        let browser = Browser(app)
        try await browser.login("facilita@jalisco.mx")
        let manage = try await browser.get("/stl/jalisco/gestion")
        XCTAssertEqual(manage.status, .ok)
        assertNoInjection(manage.body.string, "/stl/jalisco/gestion")
    }

    func testAScriptOrForeignSchemeLinkIsRefusedNamingTheField() async throws {
        try await loadDemo()
        let user = try await makeUser("facilita@jalisco.mx", grants: [("jalisco", .facilitador, nil, nil)])
        let headers = try await bearer(for: user)
        for bad in ["javascript:alert(1)", "data:text/html,<x-inj>", "//evil.example", "https://a@evil.example"] {
            try await app.test(
                .POST, "/api/v1/secretariats/jalisco/organizations", headers: headers,
                beforeRequest: { req in
                    try req.content.encode(["name": "Org", "kind": "sociedad_civil", "website": bad])
                }
            ) { res async throws in
                XCTAssertEqual(res.status, .unprocessableEntity, bad)
                XCTAssertEqual(try res.content.get(String.self, at: "field"), "website", bad)
            }
        }
    }

    func testALinkFieldCheckReturnsTheNormalisedAddress() throws {
        XCTAssertEqual(try FieldCheck.url(#"HTTPS://Ok.Example/"><x>"#, "receiptUrl"), "https://ok.example/%22%3E%3Cx%3E")
        XCTAssertThrowsError(try FieldCheck.url("javascript:alert(1)", "receiptUrl"))
        XCTAssertEqual(try InstallationFieldCheck.link(#"/stl/yucatan/acta"><x>"#, "url"), "/stl/yucatan/acta%22%3E%3Cx%3E")
        XCTAssertThrowsError(try InstallationFieldCheck.link("//evil.example", "url"))
        XCTAssertThrowsError(try InstallationFieldCheck.link("javascript:alert(1)", "url"))
    }
}

/// Public pages say who acted by name or role, never by an account's e-mail.
final class PublicActorEmailTests: AppTestCase {
    func testTheActaAndTheMechanismHistoryNameTheAccountWithoutItsEmail() async throws {
        try await loadDemo()
        let named = User(email: "ana.perez@example.org", name: "Ana Pérez", passwordHash: "x")
        try await named.create(on: db)
        let stl = try await Secretariat.find(slug: "jalisco", on: db)
        try await InstallationAct(
            secretariatID: stl.requireID(), markdown: "# Acta", sha256: "abc", issuedOn: Date(), issuedBy: "ana.perez@example.org"
        ).create(on: db)
        let current = try await GovernanceVersion.query(on: db).filter(\.$secretariat.$id == stl.requireID()).sort(\.$version, .descending).first()
        let document = try XCTUnwrap(current?.document)
        try await GovernanceVersion(
            secretariatID: stl.requireID(), version: (current?.version ?? 0) + 1, document: document,
            note: "Cambio", author: "sin.cuenta@example.org"
        ).create(on: db)

        try await app.test(.GET, "/stl/jalisco/acta") { res async in
            XCTAssertEqual(res.status, .ok)
            XCTAssertFalse(res.body.string.contains("ana.perez@example.org"), res.body.string)
            XCTAssertTrue(res.body.string.contains("Ana Pérez"))
        }
        try await app.test(.GET, "/stl/jalisco/mecanismo/versiones") { res async in
            XCTAssertEqual(res.status, .ok)
            XCTAssertFalse(res.body.string.contains("sin.cuenta@example.org"), res.body.string)
        }
        try await app.test(.GET, "/api/v1/secretariats/jalisco/governance/versions") { res async in
            XCTAssertFalse(res.body.string.contains("@example.org"), "\(res.status) \(res.body.string.prefix(300))")
        }
    }
}

import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// `Request+STL`: a record is found only inside the STL of the path, whatever the route.
final class RequestScopeTests: AppTestCase {
    /// A charter draft proposed in Zacatecas, through the web form; returns its id.
    private func zacatecasDraft() async throws -> UUID {
        try await loadDemo()
        try await makeUser("fac@zac.mx", grants: [("zacatecas", .facilitador, nil, nil)])
        let browser = Browser(app)
        try await browser.login("fac@zac.mx")
        var form = Dictionary(try await FormPage.charterFields("zacatecas", on: app), uniquingKeysWith: { a, _ in a })
        form["requireEverySector"] = "on"
        form["note"] = "Reforma de prueba"
        let res = try await browser.post("/stl/zacatecas/mecanismo/propuestas", form: form)
        XCTAssertEqual(res.status, .seeOther)
        let location = try XCTUnwrap(res.headers.first(name: .location))
        return try XCTUnwrap(UUID(uuidString: String(location.split(separator: "/").last ?? "")), location)
    }

    func testARecordOfAnotherSTLIsNotFoundThroughThisSTLsPath() async throws {
        let id = try await zacatecasDraft()

        let own = try await app.sendRequest(.GET, SiteURL.governanceDraft(.value("zacatecas"), .value(id)).path)
        XCTAssertEqual(own.status, .ok)
        let other = try await app.sendRequest(.GET, SiteURL.governanceDraft(.value("morelos"), .value(id)).path)
        XCTAssertEqual(other.status, .notFound, "Zacatecas's draft does not exist in Morelos")
        XCTAssertTrue(other.body.string.contains(GovernanceWrites.noSuchDraft.message.es), "the record's own message")

        let api = try await app.sendRequest(.GET, APIURL.governanceDraft(.value("zacatecas"), .value(id)).path)
        XCTAssertEqual(api.status, .ok, api.body.string)
        let otherAPI = try await app.sendRequest(.GET, APIURL.governanceDraft(.value("morelos"), .value(id)).path)
        XCTAssertEqual(otherAPI.status, .notFound, otherAPI.body.string)
    }

    func testAnIdThatIsNotAUUIDIsNotFound() async throws {
        try await loadDemo()
        let res = try await app.sendRequest(.GET, "/stl/zacatecas/mecanismo/propuestas/no-es-un-id")
        XCTAssertEqual(res.status, .notFound)
        let api = try await app.sendRequest(.GET, "/api/v1/secretariats/zacatecas/governance/drafts/no-es-un-id")
        XCTAssertEqual(api.status, .notFound)
    }

    func testAnSTLThatDoesNotExistIsNotFound() async throws {
        let res = try await app.sendRequest(.GET, "/api/v1/secretariats/no-existe/sessions/\(UUID())")
        XCTAssertEqual(res.status, .notFound)
    }
}

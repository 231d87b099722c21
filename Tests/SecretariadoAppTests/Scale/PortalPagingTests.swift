import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// With every municipality, the national lists show 100 STLs a page, or one state's.
final class PortalPagingTests: AppTestCase {
    override func setUp() async throws {
        try await super.setUp()
        _ = try await NationalDatasetGenerator(db: db).run(
            .init(secretariats: 130, years: 1, seed: 3, today: CalendarDate.parse("2026-11-25")!, perTransaction: 65)
        ) { _ in }
    }

    func rows(_ html: String) -> Int {
        html.components(separatedBy: "<th scope=\"row\"><a href=\"/stl/").count - 1
    }

    func testTheHomePageShowsAHundredAndLinksToTheRest() async throws {
        let first = try await app.sendRequest(.GET, "/")
        XCTAssertEqual(rows(first.body.string), 100)
        XCTAssertTrue(first.body.string.contains("130 secretariados"))
        XCTAssertTrue(first.body.string.contains("Página 1 de 2"))
        XCTAssertTrue(first.body.string.contains("href=\"/?pagina=2\""))

        let second = try await app.sendRequest(.GET, "/?pagina=2")
        XCTAssertEqual(rows(second.body.string), 30)
        XCTAssertTrue(second.body.string.contains("rel=\"prev\""))
        let beyond = try await app.sendRequest(.GET, "/?pagina=99")
        XCTAssertEqual(rows(beyond.body.string), 30, "a page past the end shows the last one")
    }

    func testTheStateFilterShowsOneStatesSecretariats() async throws {
        let jalisco = try await app.sendRequest(.GET, "/?estado=Jalisco")
        let html = jalisco.body.string
        let expected = try await Secretariat.query(on: db).filter(\.$state == "Jalisco").count()
        XCTAssertGreaterThan(expected, 1)
        XCTAssertEqual(rows(html), expected)
        XCTAssertTrue(html.contains("\(expected) secretariados en Jalisco"))
        XCTAssertTrue(html.contains("<option value=\"Jalisco\" selected=\"selected\">Jalisco</option>"))
        XCTAssertTrue(html.contains("<label for=\"f-estado\">Entidad federativa</label>"))
    }

    func testTheComparisonPagesAndKeepsItsOrder() async throws {
        let page = try await app.sendRequest(.GET, "/comparativo?orden=gobierno")
        let html = page.body.string
        XCTAssertEqual(rows(html), 100)
        XCTAssertTrue(
            html.contains("href=\"/comparativo?orden=gobierno&amp;pagina=2\"") || html.contains("href=\"/comparativo?orden=gobierno&pagina=2\""))
        XCTAssertTrue(html.contains(" de 130 secretariados tienen un sector que puede decidir solo"))
        let second = try await app.sendRequest(.GET, "/comparativo?orden=gobierno&pagina=2")
        XCTAssertEqual(rows(second.body.string), 30)

        let state = try await app.sendRequest(.GET, "/comparativo?orden=nombre&estado=Oaxaca")
        let expected = try await Secretariat.query(on: db).filter(\.$state == "Oaxaca").count()
        XCTAssertEqual(rows(state.body.string), expected)
    }

    func testTheAPIListIsPagedWhateverTheSize() async throws {
        let response = try await app.sendRequest(.GET, "/api/v1/secretariats")
        struct Body: Decodable {
            let items: [SecretariatListItemBody]
            let metadata: Meta
        }
        struct SecretariatListItemBody: Decodable { let slug: String }
        struct Meta: Decodable {
            let total: Int
            let per: Int
        }
        let body = try JSONDecoder().decode(Body.self, from: Data(response.body.readableBytesView))
        XCTAssertEqual(body.items.count, 100)
        XCTAssertEqual(body.metadata.total, 130)
    }
}

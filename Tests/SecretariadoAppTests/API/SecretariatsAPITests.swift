import XCTVapor
import XCTest

@testable import SecretariadoApp

final class SecretariatsAPITests: AppTestCase {
    /// Tabla 2 of the guide, written out again here so the demo data is checked against an
    /// independent transcription: gobierno, sociedad civil, organismo garante.
    static let tabla2: [String: [Int]] = [
        "baja-california": [1, 5, 1], "campeche": [2, 1, 1], "coahuila": [1, 5, 1],
        "durango": [1, 1, 1], "jalisco": [4, 4, 1], "michoacan": [1, 1, 1], "morelos": [2, 1, 1],
        "nuevo-leon": [3, 3, 1], "oaxaca": [2, 2, 1], "san-luis-potosi": [1, 1, 1],
        "sinaloa": [4, 3, 1], "sonora": [1, 1, 1], "tabasco": [1, 1, 1], "tlaxcala": [1, 1, 1],
        "veracruz": [5, 2, 1], "zacatecas": [5, 1, 1],
    ]

    struct ListItem: Decodable {
        let slug: String
        let name: String
        let seats: [String: Int]
        let balanced: Bool
    }

    struct ListPage: Decodable {
        let items: [ListItem]
    }

    func testListShowsTheSixteenSTLsWithTabla2Counts() async throws {
        try await loadDemo()

        try await app.test(.GET, "/api/v1/secretariats") { res async throws in
            XCTAssertEqual(res.status, .ok)
            let page = try res.content.decode(ListPage.self)
            XCTAssertEqual(page.items.count, 16)
            for item in page.items {
                let expected = try XCTUnwrap(Self.tabla2[item.slug], "unexpected slug \(item.slug)")
                XCTAssertEqual(
                    [item.seats["gobierno"], item.seats["sociedad_civil"], item.seats["organismo_garante"]],
                    expected.map { Optional($0) }, item.slug)
                // Balanced: one of each sector and as many government as civil-society seats.
                XCTAssertEqual(item.balanced, expected[0] == expected[1], item.slug)
            }
        }
    }

    func testListPaginationRejectsAnInvalidPageNamingTheField() async throws {
        try await app.test(.GET, "/api/v1/secretariats?per=0") { res async throws in
            XCTAssertEqual(res.status, .unprocessableEntity)
            XCTAssertEqual(try res.content.get(String.self, at: "field"), "per")
        }
        try await app.test(.GET, "/api/v1/secretariats?page=abc") { res async throws in
            XCTAssertEqual(res.status, .unprocessableEntity)
            XCTAssertEqual(try res.content.get(String.self, at: "field"), "page")
        }
    }

    /// Fuzzing found it: a page number whose offset overflowed `Int` crashed the server.
    func testAPageBeyondAnyListIsRefusedNotACrash() async throws {
        try await app.test(.GET, "/api/v1/secretariats?page=4611686018427387904&per=500") { res async throws in
            XCTAssertEqual(res.status, .unprocessableEntity)
            XCTAssertEqual(try res.content.get(String.self, at: "field"), "page")
        }
        try await app.test(.GET, "/api/v1/secretariats?page=\(PageRequest.maxPage)&per=500") { res async throws in
            XCTAssertEqual(res.status, .ok, "the last allowed page is an empty page")
        }
    }

    func testListPagesRespectPerAndReportTotal() async throws {
        try await loadDemo()

        try await app.test(.GET, "/api/v1/secretariats?per=5&page=4") { res async throws in
            XCTAssertEqual(res.status, .ok)
            XCTAssertEqual(try res.content.decode(ListPage.self).items.count, 1)
            XCTAssertEqual(try res.content.get(Int.self, at: "metadata", "total"), 16)
        }
    }

    func testDetailListsMembersOrganisationsAndVacantFacilitator() async throws {
        try await loadDemo()

        try await app.test(.GET, "/api/v1/secretariats/jalisco") { res async throws in
            XCTAssertEqual(res.status, .ok)
            let members = try res.content.get([MemberSummary].self, at: "members")
            XCTAssertEqual(members.filter { $0.sector == "gobierno" && $0.role == "titular" }.count, 4)
            XCTAssertEqual(try res.content.get(Bool.self, at: "facilitator", "vacant"), true)
            XCTAssertEqual(try res.content.get(String.self, at: "rule", "kind"), "consensus_then_majority")
            XCTAssertEqual(try res.content.get([String].self, at: "rule", "requireSectors"), ["sociedad_civil"])
        }
    }

    func testUnknownSlugIsA404WithAReason() async throws {
        try await app.test(.GET, "/api/v1/secretariats/atlantida") { res async throws in
            XCTAssertEqual(res.status, .notFound)
            XCTAssertTrue(try res.content.get(String.self, at: "reason").contains("atlantida"))
        }
    }

    func testHealthAnswersOK() async throws {
        try await app.test(.GET, "/health") { res async in
            XCTAssertEqual(res.status, .ok)
        }
    }

    struct MemberSummary: Decodable {
        let sector: String
        let role: String
    }
}

import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Forums like Peru's: another voting sector and non-voting observers.
final class SectorsAPITests: AppTestCase {
    private func headers() async throws -> HTTPHeaders {
        try await bearer(for: makeUser("fac@son.mx", grants: [("sonora", .facilitador, nil, nil)]))
    }

    func testObserversGetSeatsButNoVotingPower() async throws {
        try await loadDemo()
        let headers = try await headers()

        try await app.test(
            .POST, "/api/v1/secretariats/sonora/sectors", headers: headers,
            beforeRequest: { req in
                try req.content.encode(["name": "Observadores", "nameEn": "Observers", "voting": "no"])
            }
        ) { res async throws in
            XCTAssertEqual(res.status, .created)
            XCTAssertEqual(try res.content.get(String.self, at: "code"), "observadores")
            XCTAssertEqual(try res.content.get(Bool.self, at: "voting"), false)
        }
        for _ in 1...3 {
            try await app.test(
                .POST, "/api/v1/secretariats/sonora/seats", headers: headers,
                beforeRequest: { req in
                    try req.content.encode(["sector": "observadores"])
                }
            ) { res async in XCTAssertEqual(res.status, .created) }
        }

        try await app.test(.GET, "/api/v1/secretariats/sonora") { res async throws in
            XCTAssertEqual(try res.content.get(Int.self, at: "seats", "observadores"), 3)
        }
        let detail = try await SecretariatDetail.load(slug: "sonora", on: db)
        let analysis = ForumAnalysis(composition: detail.composition, rule: detail.secretariat.rule)
        XCTAssertEqual(analysis.power.banzhaf[.init("observadores")] ?? 0, 0)
        XCTAssertEqual(analysis.composition.votingSeats, 3, "observers are not voting seats")
        try await app.test(.GET, "/stl/sonora") { res async in
            XCTAssertTrue(res.body.string.contains("Observadores (observador, sin voto)"))
        }
    }

    func testADuplicateOrMalformedCodeIsRefusedNamingTheField() async throws {
        try await loadDemo()
        let headers = try await headers()

        try await app.test(
            .POST, "/api/v1/secretariats/sonora/sectors", headers: headers,
            beforeRequest: { req in
                try req.content.encode(["name": "Gobierno", "code": "gobierno"])
            }
        ) { res async throws in
            XCTAssertEqual(res.status, .conflict)
            XCTAssertEqual(try res.content.get(String.self, at: "field"), "code")
        }
        try await app.test(
            .POST, "/api/v1/secretariats/sonora/sectors", headers: headers,
            beforeRequest: { req in
                try req.content.encode(["name": "Cámaras", "code": "Cámaras de Comercio"])
            }
        ) { res async throws in
            XCTAssertEqual(res.status, .unprocessableEntity)
            XCTAssertEqual(try res.content.get(String.self, at: "field"), "code")
        }
    }

    func testTheGuideSectorsAndSectorsWithSeatsCannotBeRemoved() async throws {
        try await loadDemo()
        let headers = try await headers()

        try await app.test(.DELETE, "/api/v1/secretariats/sonora/sectors/gobierno", headers: headers) { res async in
            XCTAssertEqual(res.status, .conflict)
        }
        try await app.test(
            .POST, "/api/v1/secretariats/sonora/sectors", headers: headers,
            beforeRequest: { req in
                try req.content.encode(["name": "Cámaras", "code": "camaras"])
            }
        ) { res async in XCTAssertEqual(res.status, .created) }
        try await app.test(.DELETE, "/api/v1/secretariats/sonora/sectors/camaras", headers: headers) { res async in
            XCTAssertEqual(res.status, .noContent)
        }
        let left = try await SectorRecord.query(on: db).filter(\.$code == "camaras").count()
        XCTAssertEqual(left, 0)
    }

    func testTheManagementFormAddsASector() async throws {
        try await loadDemo()
        try await makeUser("fac@tab.mx", grants: [("tabasco", .facilitador, nil, nil)])
        let browser = Browser(app)
        try await browser.login("fac@tab.mx")

        let res = try await browser.post("/stl/tabasco/gestion/sectores", form: ["name": "Cámaras empresariales", "voting": "si"])

        XCTAssertEqual(res.status, .seeOther)
        let sector = try await SectorRecord.query(on: db).filter(\.$code == "camaras_empresariales").first()
        XCTAssertEqual(sector?.voting, true)
    }
}

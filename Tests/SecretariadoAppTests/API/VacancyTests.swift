import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// A balanced seat design is not a balanced forum today when a titular seat is vacant: the
/// portal and the API show both facts, the list from its aggregates.
final class VacancyTests: AppTestCase {
    /// 31 December 2016, noon in Mexico City.
    private let endOf2016 = Date(timeIntervalSince1970: 1_483_207_200)

    /// Tlaxcala-like: one seat per sector, balanced, and its government titular's term ended.
    private func vacateTlaxcalaGovernment() async throws {
        let found = try await Secretariat.query(on: db).filter(\.$slug == "tlaxcala").first()
        let stl = try XCTUnwrap(found)
        let foundSeat = try await Seat.query(on: db).filter(\.$secretariat.$id == stl.id!).filter(\.$sector == "gobierno").first()
        let seat = try XCTUnwrap(foundSeat)
        let terms = try await SeatTerm.query(on: db).filter(\.$seat.$id == seat.id!).filter(\.$role == .titular).all()
        XCTAssertFalse(terms.isEmpty, "the demo gives Tlaxcala a government titular")
        for term in terms where term.isCurrent {
            term.end(on: endOf2016)
            try await term.save(on: db)
        }
    }

    private func json(_ path: String) async throws -> [String: Any] {
        var object: [String: Any] = [:]
        try await app.test(.GET, path) { res async throws in
            XCTAssertEqual(res.status, .ok)
            object = try JSONSerialization.jsonObject(with: Data(buffer: res.body)) as! [String: Any]
        }
        return object
    }

    private func html(_ path: String) async throws -> String {
        var text = ""
        try await app.test(.GET, path) { res async throws in
            XCTAssertEqual(res.status, .ok)
            text = res.body.string
        }
        return text
    }

    func testAVacantGovernmentSeatShowsInTheAPIBesideTheBalancedDesign() async throws {
        try await loadDemo()
        try await vacateTlaxcalaGovernment()

        let list = try await json("/api/v1/secretariats")
        let items = list["items"] as! [[String: Any]]
        let tlaxcala = try XCTUnwrap(items.first { $0["slug"] as? String == "tlaxcala" })
        XCTAssertEqual(tlaxcala["balanced"] as? Bool, true, "balanced keeps speaking of the design")
        XCTAssertEqual(tlaxcala["currentlyBalanced"] as? Bool, false)
        let integration = try XCTUnwrap(tlaxcala["integration"] as? [String: Any])
        XCTAssertEqual(integration["complete"] as? Bool, false)
        let vacancies = try XCTUnwrap(integration["vacancies"] as? [[String: Any]])
        XCTAssertEqual(vacancies.count, 1)
        XCTAssertEqual(vacancies.first?["sector"] as? String, "gobierno")
        XCTAssertEqual(vacancies.first?["seat"] as? Int, 1)
        XCTAssertEqual(vacancies.first?["since"] as? String, "2016-12-31")
        // The others are untouched: Durango (1-1-1) keeps every titular.
        let durango = try XCTUnwrap(items.first { $0["slug"] as? String == "durango" })
        XCTAssertEqual((durango["integration"] as? [String: Any])?["complete"] as? Bool, true)
        XCTAssertEqual(durango["currentlyBalanced"] as? Bool, true)

        let detail = try await json("/api/v1/secretariats/tlaxcala")
        XCTAssertEqual(detail["balanced"] as? Bool, true)
        XCTAssertEqual(detail["currentlyBalanced"] as? Bool, false)
        XCTAssertEqual(((detail["integration"] as? [String: Any])?["vacancies"] as? [[String: Any]])?.first?["since"] as? String, "2016-12-31")
        XCTAssertEqual(detail["integrationExplanation"] as? String, "Con vacantes: sin titular de gobierno desde el 31 de diciembre de 2016.")
    }

    func testAVacantGovernmentSeatShowsOnHomeSecretariatAndComparison() async throws {
        try await loadDemo()
        try await vacateTlaxcalaGovernment()
        let sentence = "Con vacantes: sin titular de gobierno desde el 31 de diciembre de 2016."
        for path in ["/", "/stl/tlaxcala", "/comparativo"] {
            let page = try await html(path)
            XCTAssertTrue(page.contains(sentence), path)
            XCTAssertTrue(page.contains("Asientos equilibrados"), path)
        }
        let stlPage = try await html("/stl/tlaxcala")
        XCTAssertFalse(stlPage.contains(">Equilibrado<"), "a vacancy is not a balanced forum today")
        let durango = try await html("/stl/durango")
        XCTAssertTrue(durango.contains(">Equilibrado<"))
    }

    func testANewSecretariatWithEverySeatEmptyIsNotBalancedToday() async throws {
        try await loadDemo()
        let found = try await Secretariat.query(on: db).filter(\.$slug == "durango").first()
        let template = try XCTUnwrap(found)
        let stl = Secretariat(
            slug: "nuevo-stl", name: "Nuevo", level: .estatal, state: "Durango", status: .enFormacion,
            rule: template.rule, ruleText: template.ruleText)
        try await stl.save(on: db)
        for sector in ["gobierno", "sociedad_civil", "organismo_garante"] {
            try await Seat(secretariatID: stl.id!, sector: sector, number: 1).save(on: db)
        }

        let list = try await json("/api/v1/secretariats")
        let item = try XCTUnwrap((list["items"] as! [[String: Any]]).first { $0["slug"] as? String == "nuevo-stl" })
        XCTAssertEqual(item["balanced"] as? Bool, true)
        XCTAssertEqual(item["currentlyBalanced"] as? Bool, false)
        let vacancies = try XCTUnwrap((item["integration"] as? [String: Any])?["vacancies"] as? [[String: Any]])
        XCTAssertEqual(vacancies.map { $0["sector"] as? String }, ["gobierno", "sociedad_civil", "organismo_garante"])
        XCTAssertTrue(vacancies.allSatisfy { $0["since"] is NSNull }, "never held: vacant since its creation")

        let page = try await html("/stl/nuevo-stl")
        XCTAssertFalse(page.contains(">Equilibrado<"))
        XCTAssertTrue(page.contains("sin titular de gobierno desde su creación"))
    }
}

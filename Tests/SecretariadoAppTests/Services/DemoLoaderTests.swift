import Fluent
import SecretariadoCore
import XCTest

@testable import SecretariadoApp

final class DemoLoaderTests: AppTestCase {
    func testLoadingTwiceCreatesNothingTheSecondTime() async throws {
        let first = try await DemoLoader(db: db).load()
        let second = try await DemoLoader(db: db).load()

        XCTAssertEqual(first, 16)
        XCTAssertEqual(second, 0)
        let count = try await Secretariat.query(on: db).count()
        XCTAssertEqual(count, 16)
    }

    func testSeatsEqualTabla2AndSuplentesAreSuplentes() async throws {
        try await loadDemo()

        let campeche = try await SecretariatDetail.load(slug: "campeche", on: db)
        XCTAssertEqual(campeche.seats(in: .gobierno).count, 2)
        XCTAssertTrue(campeche.seats(in: .gobierno).allSatisfy { $0.suplente != nil }, "Tabla 3 ** are suplentes")
        let total = try await Seat.query(on: db).count()
        XCTAssertEqual(total, SecretariatsAPITests.tabla2.values.map { $0.reduce(0, +) }.reduce(0, +))
    }

    func testVacantFacilitationsAreVacancies() async throws {
        try await loadDemo()

        for slug in ["jalisco", "oaxaca", "tlaxcala"] {
            let detail = try await SecretariatDetail.load(slug: slug, on: db)
            XCTAssertEqual(detail.facilitator?.isVacant, true, slug)
        }
        let michoacan = try await SecretariatDetail.load(slug: "michoacan", on: db)
        XCTAssertEqual(michoacan.facilitator?.isVacant, false)
    }

    func testBootstrapCommandNameDefaultsToServe() {
        XCTAssertEqual(Bootstrap.commandName(in: ["secretariado"]), "serve")
        XCTAssertEqual(Bootstrap.commandName(in: ["secretariado", "serve", "--port", "9000"]), "serve")
        XCTAssertEqual(Bootstrap.commandName(in: ["secretariado", "--env", "production", "demo", "load"]), "demo")
    }
}

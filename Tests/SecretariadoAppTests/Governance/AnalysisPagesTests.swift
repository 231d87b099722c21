import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

final class AnalysisPagesTests: AppTestCase {
    func testSecretariatPageShowsTheAnalysisWithAPowerChart() async throws {
        try await loadDemo()

        try await app.test(.GET, "/stl/jalisco") { res async in
            let html = res.body.string
            XCTAssertTrue(html.contains("Análisis de reglas"))
            XCTAssertTrue(html.contains("<dt>Sectores con veto</dt><dd>Sociedad civil</dd>"))
            XCTAssertTrue(html.contains("Participación en asientos y poder de voto por sector"))
        }
    }

    func testComparisonReproducesTabla2WithDominanceAndVeto() async throws {
        try await loadDemo()

        try await app.test(.GET, "/comparativo?orden=gobierno") { res async in
            XCTAssertEqual(res.status, .ok)
            let html = res.body.string
            XCTAssertEqual(html.components(separatedBy: "<th scope=\"row\"><a href=\"/stl/").count - 1, 16, "one row per STL")
            // Sorted by government seats: Veracruz and Zacatecas (5) come first.
            let first = html.range(of: "Veracruz")!.lowerBound
            XCTAssertLessThan(first, html.range(of: "Durango")!.lowerBound)
            XCTAssertTrue(html.contains("aria-sort=\"descending\""))
            XCTAssertTrue(html.contains("3 de 16 secretariados tienen un sector que puede decidir solo"))
        }
    }

    func testSimulatorAnalysesWhatTheFormSends() async throws {
        try await app.test(.GET, "/simulador?gobierno=5&sociedad_civil=1&organismo_garante=1&kind=consensus_then_majority&threshold=simple") {
            res async in
            XCTAssertEqual(res.status, .ok)
            XCTAssertTrue(res.body.string.contains("<dt>Sectores dominantes</dt><dd>Gobierno</dd>"))
            XCTAssertTrue(res.body.string.contains("No equilibrado"))
        }
    }

    func testSimulatorNamesTheBadField() async throws {
        try await app.test(.GET, "/simulador?gobierno=muchos&kind=majority") { res async in
            XCTAssertEqual(res.status, .unprocessableEntity)
            XCTAssertTrue(res.body.string.contains("seats.gobierno"))
        }
    }

    func testSimulatorWithoutInputShowsTheFormOnly() async throws {
        try await app.test(.GET, "/simulador") { res async in
            XCTAssertEqual(res.status, .ok)
            XCTAssertFalse(res.body.string.contains("Resultado"))
        }
    }
}

import Foundation
import SecretariadoCore
import XCTest

final class IntegrationTests: XCTestCase {
    private let balanced = Composition(seats: [.gobierno: 2, .sociedadCivil: 2, .organismoGarante: 1])

    private func held(_ sector: SectorCode, _ number: Int) -> Integration.SeatState {
        .init(sector: sector, number: number, hasTitular: true)
    }

    /// 31 Dec 2016, noon in Mexico City.
    private let endOf2016 = Date(timeIntervalSince1970: 1_483_207_200)

    func testBalancedDesignWithAllSeatsHeldIsCurrentlyBalanced() {
        let integration = Integration(
            design: balanced,
            seats: [
                held(.gobierno, 1), held(.gobierno, 2), held(.sociedadCivil, 1), held(.sociedadCivil, 2), held(.organismoGarante, 1),
            ])
        XCTAssertTrue(integration.isComplete)
        XCTAssertTrue(integration.isCurrentlyBalanced)
        XCTAssertTrue(integration.explanation.es.hasPrefix("Integrado"))
    }

    func testBalancedDesignWithAVacantGovernmentSeatIsNotIntegrated() {
        let integration = Integration(
            design: balanced,
            seats: [
                held(.gobierno, 1), .init(sector: .gobierno, number: 2, hasTitular: false, lastTitularEnd: endOf2016),
                held(.sociedadCivil, 1), held(.sociedadCivil, 2), held(.organismoGarante, 1),
            ])
        XCTAssertTrue(integration.design.isBalanced, "the design keeps its own verdict")
        XCTAssertFalse(integration.isComplete)
        XCTAssertFalse(integration.isCurrentlyBalanced)
        XCTAssertEqual(integration.vacancies, [.init(sector: .gobierno, seat: 2, since: endOf2016)])
        XCTAssertEqual(integration.explanation.es, "Con vacantes: sin titular de gobierno desde el 31 de diciembre de 2016.")
        XCTAssertEqual(integration.explanation.en, "With vacancies: no full member for government since December 31, 2016.")
    }

    func testAllSeatsEmptyIsNotCurrentlyBalanced() {
        let seats = balanced.seats.flatMap { sector, count in
            (1...count).map { Integration.SeatState(sector: sector, number: $0, hasTitular: false) }
        }
        let integration = Integration(design: balanced, seats: seats)
        XCTAssertTrue(integration.design.isBalanced)
        XCTAssertFalse(integration.isCurrentlyBalanced)
        XCTAssertEqual(integration.vacancies.count, 5)
        XCTAssertEqual(integration.vacancies.map(\.sector), [.gobierno, .gobierno, .sociedadCivil, .sociedadCivil, .organismoGarante])
        XCTAssertTrue(integration.vacancies.allSatisfy { $0.since == nil })
        XCTAssertTrue(integration.explanation.es.contains("sin titular de gobierno (asiento 1) desde su creación"))
        XCTAssertTrue(integration.explanation.es.contains("sin titular de organismo garante desde su creación"))
        XCTAssertTrue(integration.explanation.en.contains("since its creation"))
    }

    func testUnbalancedDesignIsNotCurrentlyBalancedEvenWhenHeld() {
        let design = Composition(seats: [.gobierno: 2, .sociedadCivil: 1, .organismoGarante: 1])
        let integration = Integration(
            design: design, seats: [held(.gobierno, 1), held(.gobierno, 2), held(.sociedadCivil, 1), held(.organismoGarante, 1)])
        XCTAssertTrue(integration.isComplete)
        XCTAssertFalse(integration.isCurrentlyBalanced)
    }
}

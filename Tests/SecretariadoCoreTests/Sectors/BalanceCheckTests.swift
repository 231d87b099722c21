import SecretariadoCore
import XCTest

final class BalanceCheckTests: XCTestCase {
    func testThreeSectorsWithEqualGovernmentAndCivilSocietyAreBalanced() {
        let check = BalanceCheck(Composition(seats: [.gobierno: 4, .sociedadCivil: 4, .organismoGarante: 1]))
        XCTAssertTrue(check.isBalanced)
        XCTAssertTrue(check.explanation.es.hasPrefix("Representación equilibrada"))
    }

    func testZacatecasFiveToOneIsUnbalancedAndSaysWhy() {
        let check = BalanceCheck(Composition(seats: [.gobierno: 5, .sociedadCivil: 1, .organismoGarante: 1]))
        XCTAssertFalse(check.isBalanced)
        XCTAssertEqual(check.problems, [.unequal(gobierno: 5, sociedadCivil: 1)])
        XCTAssertEqual(check.explanation.es, "Gobierno tiene 5 titulares y sociedad civil 1: deberían tener el mismo número.")
    }

    func testMoreCivilSocietyThanGovernmentIsAlsoUnbalanced() {
        // Baja California, 1-5-1: the guide asks for growth "en la misma proporción".
        XCTAssertFalse(BalanceCheck(Composition(seats: [.gobierno: 1, .sociedadCivil: 5, .organismoGarante: 1])).isBalanced)
    }

    func testAMissingGuarantorIsNamed() {
        let check = BalanceCheck(Composition(seats: [.gobierno: 17, .sociedadCivil: 17]))
        XCTAssertEqual(check.problems, [.missingSector(.organismoGarante)])
        XCTAssertTrue(check.explanation.es.contains("organismo garante"))
    }

    func testSectorCodesSortGuideSectorsFirst() {
        let codes: [SectorCode] = ["camaras", .organismoGarante, "academia", .gobierno, .sociedadCivil]
        XCTAssertEqual(codes.sorted(), [.gobierno, .sociedadCivil, .organismoGarante, "academia", "camaras"])
    }
}

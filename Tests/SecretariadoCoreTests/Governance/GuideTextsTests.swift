import XCTest

@testable import SecretariadoCore

final class GuideTextsTests: XCTestCase {
    func testTheSTLHasThreeFunctions() {
        XCTAssertEqual(GuideTexts.stlFunctions.count, 3)
        XCTAssertTrue(GuideTexts.stlFunctions[0].es.hasPrefix("Definir una ruta de trabajo"))
    }

    func testThereAreTwoMinimumRequirements() {
        XCTAssertEqual(MinimumRequirement.allCases.map(\.rawValue), [1, 2])
        XCTAssertTrue(
            MinimumRequirement.representacionEquilibrada.text.es.contains(
                "un representante gubernamental, uno de la sociedad civil y uno más del organismo garante local"))
    }

    func testTheGovernanceMechanismHasFourMinimumElements() {
        let titles = GuideTexts.governanceElements.map(\.title.es)

        XCTAssertEqual(
            titles,
            [
                "Integración, proceso de elección y rotación de los representantes del STL",
                "Funciones del STL",
                "Operación y funcionamiento del STL",
                "Esquema de toma de decisiones",
            ])
    }

    func testTheFacilitatorHasElevenFunctionsInTheGuideOrder() {
        let functions = FacilitatorFunction.allCases

        XCTAssertEqual(functions.map(\.rawValue), Array(1...11))
        XCTAssertEqual(GuideTexts.facilitatorFunctions.count, 11)
        XCTAssertEqual(
            FacilitatorFunction.recabarFirmas.text.es,
            "Recabar las firmas autógrafas de los integrantes del STL en las minutas correspondientes.")
        XCTAssertEqual(
            FacilitatorFunction.resguardarMinutas.text.es,
            "Resguardar las minutas originales de cada sesión del STL.")
    }

    func testEveryTextIsTranslated() {
        let texts: [Localized] =
            [GuideTexts.stlDefinition, GuideTexts.facilitatorRole, GuideTexts.facilitatorRecommendation]
            + GuideTexts.stlFunctions + GuideTexts.minimumRequirements
            + MinimumRequirement.allCases.map(\.title)
            + GovernanceElement.allCases.flatMap { [$0.title, $0.description] }
            + GuideTexts.facilitatorFunctions

        for text in texts {
            XCTAssertFalse(text.en.isEmpty, text.es)
            XCTAssertNotEqual(text.es, text.en, text.es)
        }
    }
}

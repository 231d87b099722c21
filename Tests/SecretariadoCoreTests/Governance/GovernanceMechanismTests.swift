import SecretariadoCore
import XCTest

final class GovernanceMechanismTests: XCTestCase {
    let jalisco = DecisionRule(kind: .consensusThenMajority, requireSectors: [.sociedadCivil])

    func testTheGuideTemplateIsCompleteAndCarriesTheRule() {
        let document = GovernanceMechanism.template(rule: jalisco, ruleText: "Por consenso…")

        XCTAssertEqual(document.problems(), [])
        XCTAssertEqual(document.decision.rule, jalisco)
        XCTAssertEqual(document.functions.count, 3, "the STL's three functions of the guide")
        XCTAssertEqual(document.facilitator.functions.count, 11, "the facilitator's eleven functions")
    }

    func testAMissingMinimumElementIsNamedByItsField() {
        var document = GovernanceMechanism.template(rule: jalisco, ruleText: "x")
        document.integration.rotation = "  "
        document.functions = []

        let fields = document.problems().map(\.field)

        XCTAssertEqual(fields, ["integration.rotation", "functions"])
    }

    func testNoticeDaysOutsideTheRangeAreRefused() {
        var document = GovernanceMechanism.template(rule: jalisco, ruleText: "x")
        document.operation.extraordinaryNoticeDays = -1

        XCTAssertEqual(document.problems().map(\.field), ["operation.extraordinaryNoticeDays"])
    }

    func testMarkdownHasTheFourElementsInOrder() {
        let text = GovernanceMechanism.template(rule: jalisco, ruleText: "Regla de la Tabla 2")
            .markdown(secretariatName: "Jalisco", version: 3, adoptedOn: "1 de marzo de 2026")

        let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }.map(String.init)
        XCTAssertEqual(
            Array(headings.prefix(4)),
            [
                "## 1. Integración, proceso de elección y rotación de los representantes",
                "## 2. Funciones del STL",
                "## 3. Operación y funcionamiento",
                "## 4. Esquema de toma de decisiones",
            ])
        XCTAssertTrue(text.contains("Versión 3, adoptada el 1 de marzo de 2026."))
        XCTAssertTrue(text.contains("con al menos un voto a favor de sociedad civil"))
        XCTAssertTrue(text.contains("Quórum: más de la mitad de los asientos presentes y al menos un asiento de cada sector con voto."))
    }

    func testTheCharterRoundTripsThroughJSON() throws {
        let document = GovernanceMechanism.template(rule: jalisco, ruleText: "x")
        let decoded = try JSONDecoder().decode(GovernanceMechanism.self, from: JSONEncoder().encode(document))
        XCTAssertEqual(decoded, document)
    }
}

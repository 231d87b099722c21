import XCTest

@testable import SecretariadoCore

final class InstallationStepTests: XCTestCase {
    func testTenStepsNumberedInOrder() {
        let numbers = InstallationStep.all.map(\.number)

        XCTAssertEqual(numbers, Array(1...10))
    }

    func testStepsFollowAnexo1Stages() {
        let stages = InstallationStep.all.map(\.stage)

        XCTAssertEqual(
            stages,
            [
                .planea, .planea, .identificaYSuma, .identificaYSuma,
                .integra, .integra, .integra, .integra, .integra, .integra,
            ])
        XCTAssertEqual(stages, stages.sorted(), "stages never go back")
        XCTAssertEqual(InstallationStage.allCases.map { $0.steps.count }, [2, 2, 6])
    }

    func testPoliticalBackingNotesTheInfographicDiscrepancy() {
        let step = InstallationStep.step(2)

        XCTAssertEqual(step?.stage, .planea)
        XCTAssertNotNil(step?.stageNote)
        XCTAssertEqual(InstallationStep.all.filter { $0.stageNote != nil }.map(\.number), [2])
    }

    /// Anexo 1's wording, except that «GP» is spelled out: the pages never leave the
    /// abbreviation unexplained.
    func testActivitiesAreAnexo1Wording() {
        let activities = InstallationStep.all.map(\.activity.es)

        XCTAssertEqual(
            activities,
            [
                "Ruta de trabajo del Grupo Promotor",
                "Búsqueda de respaldo político de alto nivel",
                "Mapeo y convocatoria de actores sociales locales",
                "Sensibilización y socialización",
                "Reuniones preparatorias con el Grupo Promotor",
                "Selección de representantes",
                "Selección del facilitador",
                "Acuerdo sobre las reglas de funcionamiento",
                "Redacción del mecanismo de gobernanza",
                "Instalación del STL",
            ])
    }

    func testResponsiblesAndResultsAreAnexo1Wording() {
        XCTAssertEqual(
            InstallationStep.all.map(\.responsible.es),
            [
                "Grupo Promotor",
                "Grupo Promotor (especialmente el sector gubernamental)",
                "Grupo Promotor (especialmente el organismo garante y sociedad civil)",
                "El organismo garante en coordinación con los demás miembros del Grupo Promotor",
                "Grupo Promotor",
                "Grupo Promotor y actores de interesados",
                "Representantes seleccionados",
                "Representantes seleccionados",
                "Grupo Promotor y representantes seleccionados",
                "Organismo garante",
            ])
        XCTAssertEqual(InstallationStep.step(10)?.expectedResult.es, "Instalación del STL y acta correspondiente")
        XCTAssertEqual(InstallationStep.step(10)?.responsibleParties, [.organismoGarante])
    }

    func testNoTextLeavesTheAbbreviationGP() {
        for step in InstallationStep.all {
            for text in [step.title, step.activity, step.responsible, step.whatToDo, step.description, step.expectedResult] {
                XCTAssertNil(text.es.range(of: #"\bGP\b"#, options: .regularExpression), text.es)
                XCTAssertNil(text.en.range(of: #"\bGP\b"#, options: .regularExpression), text.en)
            }
        }
        XCTAssertEqual(InstallationParty.grupoPromotor.label.es, "Grupo Promotor")
    }

    func testEveryStepHasTextsInBothLanguagesAndEvidence() {
        for step in InstallationStep.all {
            for text in [
                step.title, step.activity, step.responsible, step.whatToDo,
                step.expectedResult, step.description, step.purpose,
            ] {
                XCTAssertFalse(text.es.isEmpty, "step \(step.number)")
                XCTAssertFalse(text.en.isEmpty, "step \(step.number)")
                XCTAssertNotEqual(text.es, text.en, "step \(step.number) untranslated: \(text.es)")
            }
            XCTAssertFalse(step.evidence.isEmpty, "step \(step.number)")
            XCTAssertFalse(step.responsibleParties.isEmpty, "step \(step.number)")
        }
    }

    func testKeyDocumentsBelongToTheirSteps() {
        XCTAssertEqual(InstallationStep.step(1)?.evidence, [.declaracionConjunta, .rutaDeTrabajo])
        XCTAssertTrue(InstallationStep.step(3)?.evidence.contains(.convocatoriaAbierta) ?? false)
        XCTAssertTrue(InstallationStep.step(5)?.evidence.contains(.minutasReunionesPreparatorias) ?? false)
        XCTAssertEqual(InstallationStep.step(9)?.evidence, [.documentoMecanismoDeGobernanza])
        XCTAssertEqual(InstallationStep.step(10)?.evidence, [.actaDeInstalacion])
    }

    func testEachEvidenceDocumentBelongsToExactlyOneStep() {
        let all = InstallationStep.all.flatMap(\.evidence)

        XCTAssertEqual(all.count, Set(all).count)
        XCTAssertEqual(Set(all), Set(InstallationEvidence.allCases))
    }

    func testDescriptionsJoinThePageBreakOfStep3() {
        let text = InstallationStep.step(3)?.description.es ?? ""

        XCTAssertTrue(text.contains("liderazgo, vinculación y capacidad de incidencia"))
        XCTAssertFalse(text.contains("\n"))
    }

    func testStagePurposesAreAnexo1Wording() {
        XCTAssertEqual(
            InstallationStage.planea.purpose.es,
            "Para programar la realización de las actividades necesarias para instalar el STL.")
        XCTAssertEqual(InstallationStage.allCases.map(\.name.es), ["Planea", "Identifica y suma", "Integra"])
        XCTAssertEqual(InstallationStep.step(7)?.purpose, InstallationStage.integra.purpose)
    }

    func testUnknownStepNumberFindsNothing() {
        XCTAssertNil(InstallationStep.step(0))
        XCTAssertNil(InstallationStep.step(11))
    }
}

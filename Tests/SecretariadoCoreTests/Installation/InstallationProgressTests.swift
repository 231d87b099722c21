import Foundation
import SecretariadoCore
import XCTest

final class InstallationProgressTests: XCTestCase {
    func testStepsWithoutRecordArePendingAndCountedPerStage() {
        let progress = InstallationProgress(statuses: [1: .concluido, 2: .concluido, 3: .enCurso])

        XCTAssertEqual(progress.stages.map(\.concluded), [2, 0, 0])
        XCTAssertEqual(progress.stages.map(\.inProgress), [0, 1, 0])
        XCTAssertEqual(progress.stages.map(\.total), [2, 2, 6])
        XCTAssertTrue(progress.stages[0].isComplete)
        XCTAssertEqual(progress.nextStep?.number, 3)
        XCTAssertEqual(progress.concluded, 2)
        XCTAssertTrue(progress.summary.es.hasPrefix("2 de 10 pasos concluidos"))
    }

    func testStepTenNeedsEveryEarlierStepConcluded() {
        var statuses = Dictionary(uniqueKeysWithValues: (1...9).map { ($0, InstallationStepStatus.concluido) })
        statuses[7] = .enCurso
        XCTAssertEqual(InstallationProgress(statuses: statuses).unconcludedSteps(before: 10).map(\.number), [7])
        XCTAssertTrue(InstallationProgress.allConcluded.unconcludedSteps(before: 10).isEmpty)
        XCTAssertNil(InstallationProgress.allConcluded.nextStep)
    }
}

final class FacilitatorIndependenceTests: XCTestCase {
    func testAnAcademicFromOutsideTheSTLRaisesNoWarning() {
        let warnings = FacilitatorIndependence.warnings(
            for: .init(name: "Lucía Pérez", origin: "Academia – UADY", originKind: .academia),
            organizations: ["Red Yucateca de Datos, A.C."], members: ["Jorge Chan"])
        XCTAssertTrue(warnings.isEmpty)
    }

    func testGovernmentOriginIsWarnedNotRefused() {
        let warnings = FacilitatorIndependence.warnings(
            for: .init(name: "X", origin: "Secretaría de la Contraloría", originKind: .gobierno), organizations: [], members: [])
        XCTAssertEqual(warnings.count, 1)
        XCTAssertTrue(warnings[0].es.contains("gobierno"))
    }

    func testAnOrganisationOfTheSTLIsRecognisedDespiteCaseAndAccents() {
        let warnings = FacilitatorIndependence.warnings(
            for: .init(name: "Jorge", origin: "red yucateca de datos a c", originKind: .sociedadCivil),
            organizations: ["Red Yucateca de Datos, A.C.", "Otra"], members: [])
        XCTAssertEqual(warnings.count, 1)
        XCTAssertTrue(warnings[0].es.contains("renunciar"))
    }

    func testASeatedRepresentativeIsWarned() {
        let warnings = FacilitatorIndependence.warnings(
            for: .init(name: "Jorge Chán", origin: nil, originKind: nil), organizations: [], members: ["jorge chan"])
        XCTAssertEqual(warnings.count, 1)
    }
}

final class InstallationActaTests: XCTestCase {
    func acta(members: [InstallationActa.Member]) -> InstallationActa {
        InstallationActa(
            secretariatName: "Yucatán", state: "Yucatán", dateText: "25 de noviembre de 2026",
            sectors: Sector.guideSectors, members: members, facilitatorName: "Lucía Pérez",
            facilitatorOrigin: "Academia – UADY", electionSummary: "Votación entre 4 organizaciones.",
            governanceVersion: 1, governanceMarkdown: "# Mecanismo\n\n## 1. Integración\n\nTexto.")
    }

    func testTheActaListsMembersBySectorTheFacilitatorAndTheCharter() {
        let text = acta(members: [
            .init(sector: .gobierno, seatNumber: 1, role: .titular, name: "Secretaría de la Contraloría", organization: nil),
            .init(sector: .sociedadCivil, seatNumber: 1, role: .titular, name: "Ana Díaz", organization: "Red Yucateca"),
            .init(sector: .sociedadCivil, seatNumber: 1, role: .suplente, name: "Beto Uc", organization: "Colectivo Sur"),
            .init(sector: .organismoGarante, seatNumber: 1, role: .titular, name: "INAIP Yucatán", organization: nil),
        ]).markdown()

        XCTAssertTrue(text.hasPrefix("# Acta de instalación del Secretariado Técnico Local de Yucatán"))
        XCTAssertTrue(text.contains("toma protesta"))
        XCTAssertTrue(text.contains("### Sociedad civil\n\n**Titulares**\n\n- Ana Díaz — Red Yucateca\n\n**Suplentes**\n\n- Beto Uc — Colectivo Sur"))
        XCTAssertTrue(text.contains("Lucía Pérez (Academia – UADY), con voz pero sin voto"))
        XCTAssertTrue(text.contains("versión 1"))
        XCTAssertTrue(text.contains("\n### Mecanismo\n"), "the charter's headings nest under the acta's")
        XCTAssertTrue(text.contains("\n#### 1. Integración\n"))
    }

    func testSectorsWithoutTitularAreReported() {
        let draft = acta(members: [.init(sector: .gobierno, seatNumber: 1, role: .titular, name: "G", organization: nil)])
        XCTAssertEqual(draft.sectorsWithoutTitular.map(\.code), [.sociedadCivil, .organismoGarante])
        XCTAssertTrue(draft.markdown().contains("### Sociedad civil\n\nSin integrantes designados."))
    }
}

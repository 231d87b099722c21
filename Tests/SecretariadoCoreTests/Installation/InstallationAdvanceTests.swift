import SecretariadoCore
import XCTest

/// Which step each installation record completes, and what installation still lacks.
final class InstallationAdvanceTests: XCTestCase {
    func testEachRecordCompletesItsStepWithTheStepsOwnEvidence() {
        XCTAssertEqual(
            InstallationRecordKind.openCallPublished.advances, [InstallationAdvance(step: 3, to: .concluido, evidence: .convocatoriaAbierta)])
        XCTAssertEqual(
            InstallationRecordKind.electionClosed.advances, [InstallationAdvance(step: 6, to: .concluido, evidence: .relacionDeRepresentantes)])
        XCTAssertEqual(
            InstallationRecordKind.facilitatorSelected.advances, [InstallationAdvance(step: 7, to: .concluido, evidence: .designacionDelFacilitador)])
        XCTAssertEqual(InstallationRecordKind.actaIssued.advances.map(\.step), [9, 10])
        XCTAssertEqual(InstallationRecordKind.actaIssued.advances.last?.status, .enCurso, "the ceremony, not the acta, concludes step 10")
        // Every evidence left is one the guide's step itself lists.
        for kind in InstallationRecordKind.allCases {
            for advance in kind.advances {
                XCTAssertTrue(InstallationStep.step(advance.step)!.evidence.contains(advance.evidence), "\(kind) → step \(advance.step)")
            }
        }
    }

    func testARecordOnlyMovesAStepForward() {
        let conclude = InstallationAdvance(step: 3, to: .concluido, evidence: .convocatoriaAbierta)
        XCTAssertEqual(conclude.moving(from: .pendiente), .concluido)
        XCTAssertEqual(conclude.moving(from: .enCurso), .concluido)
        XCTAssertNil(conclude.moving(from: .concluido))
        let start = InstallationAdvance(step: 10, to: .enCurso, evidence: .actaDeInstalacion)
        XCTAssertEqual(start.moving(from: .pendiente), .enCurso)
        XCTAssertNil(start.moving(from: .concluido), "a concluded step is never taken back")
    }

    func testInstallationListsWhatItLacksAndNothingOnceReady() {
        var statuses = Dictionary(uniqueKeysWithValues: (1...9).map { ($0, InstallationStepStatus.concluido) })
        XCTAssertEqual(InstallationReadiness.missing(statuses: statuses, actaIssued: true), [])
        XCTAssertNil(InstallationReadiness.refusal([]))
        XCTAssertEqual(InstallationReadiness.missing(statuses: statuses, actaIssued: false), [.acta])
        statuses[4] = .enCurso
        statuses[8] = nil
        let missing = InstallationReadiness.missing(statuses: statuses, actaIssued: false)
        XCTAssertEqual(missing, [.step(InstallationStep.step(4)!), .step(InstallationStep.step(8)!), .acta])
        let refusal = try! XCTUnwrap(InstallationReadiness.refusal(missing))
        XCTAssertTrue(refusal.es.contains("Concluir el paso 4: Sensibilización y socialización."), refusal.es)
        XCTAssertTrue(refusal.es.contains("Emitir el acta de instalación."))
        XCTAssertTrue(refusal.en.contains("Conclude step 8"))
    }
}

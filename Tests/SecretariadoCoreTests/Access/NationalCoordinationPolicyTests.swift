import Foundation
import SecretariadoCore
import XCTest

final class NationalCoordinationPolicyTests: XCTestCase {
    let jalisco = UUID()
    let campeche = UUID()
    let coordinator = Principal(userID: UUID(), isAdmin: false, grants: [], nationalRoles: [.coordinador])

    func testItReadsEverySTLsManagementPageAndAuditLogAndThePlatformLog() {
        for stl in [jalisco, campeche] {
            XCTAssertTrue(AccessPolicy.allows(coordinator, .readManagement(stl)))
            XCTAssertTrue(AccessPolicy.allows(coordinator, .readAuditLog(stl)))
        }
        XCTAssertTrue(AccessPolicy.allows(coordinator, .readPlatformAudit))
        XCTAssertTrue(AccessPolicy.allows(coordinator, .readPublic))
        XCTAssertTrue(AccessPolicy.allows(coordinator, .manageOwnAccount))
    }

    func testItNeverReadsContactDataNorWritesAnything() {
        let writes: [Permission] = [
            .administerPlatform, .editComposition(jalisco), .editGovernance(jalisco), .manageInstallation(jalisco),
            .installSecretariat(jalisco), .recordFacilitatorSelection(jalisco), .castElectionBallot(jalisco),
            .proposeAgenda(jalisco), .requestSession(jalisco), .convene(jalisco), .runSession(jalisco),
            .vote(jalisco), .signMinutes(jalisco), .editFollowUp(jalisco),
        ]
        for permission in writes + [.readContactData(jalisco), .readElectionPartialResults(jalisco)] {
            XCTAssertFalse(AccessPolicy.allows(coordinator, permission), "\(permission)")
        }
    }

    func testWithoutTheRoleTheSameAccountReadsNothingPrivate() {
        let revoked = Principal(userID: coordinator.userID, isAdmin: false, grants: [])
        XCTAssertFalse(AccessPolicy.allows(revoked, .readManagement(jalisco)))
        XCTAssertFalse(AccessPolicy.allows(revoked, .readAuditLog(jalisco)))
        XCTAssertFalse(AccessPolicy.allows(revoked, .readPlatformAudit))
    }

    func testEditorsReadTheManagementPageAndOnlyAdminsThePlatformLog() {
        let facilitator = Principal(userID: UUID(), isAdmin: false, grants: [Grant(secretariatID: jalisco, role: .facilitador)])
        XCTAssertTrue(AccessPolicy.allows(facilitator, .readManagement(jalisco)))
        XCTAssertFalse(AccessPolicy.allows(facilitator, .readManagement(campeche)))
        XCTAssertFalse(AccessPolicy.allows(facilitator, .readPlatformAudit))
        XCTAssertTrue(AccessPolicy.allows(Principal(userID: UUID(), isAdmin: true, grants: []), .readPlatformAudit))
    }

    func testTheRoleIsLabelledForMiCuenta() {
        XCTAssertEqual(NationalRole.coordinador.label.es, "Coordinación nacional")
        XCTAssertEqual(NationalRole(rawValue: "coordinador"), .coordinador)
    }
}

import Foundation
import SecretariadoCore
import XCTest

final class AccessPolicyTests: XCTestCase {
    let jalisco = UUID()
    let campeche = UUID()

    func principal(_ grants: [Grant], admin: Bool = false) -> Principal {
        Principal(userID: UUID(), isAdmin: admin, grants: grants)
    }

    func testThePublicReadsButWritesNothing() {
        let anonymous = Principal.anonymous
        XCTAssertTrue(AccessPolicy.allows(anonymous, .readPublic))
        XCTAssertFalse(AccessPolicy.allows(anonymous, .manageOwnAccount))
        XCTAssertFalse(AccessPolicy.allows(anonymous, .editComposition(jalisco)))
        XCTAssertFalse(AccessPolicy.allows(anonymous, .readContactData(jalisco)))
        XCTAssertFalse(AccessPolicy.allows(anonymous, .readAuditLog(jalisco)))
        XCTAssertFalse(AccessPolicy.allows(anonymous, .administerPlatform))
    }

    func testAFacilitatorEditsOnlyTheirOwnSTL() {
        let facilitator = principal([Grant(secretariatID: jalisco, role: .facilitador)])
        XCTAssertTrue(AccessPolicy.allows(facilitator, .editComposition(jalisco)))
        XCTAssertTrue(AccessPolicy.allows(facilitator, .readAuditLog(jalisco)))
        XCTAssertFalse(AccessPolicy.allows(facilitator, .editComposition(campeche)))
        XCTAssertFalse(AccessPolicy.allows(facilitator, .readAuditLog(campeche)))
        XCTAssertFalse(AccessPolicy.allows(facilitator, .administerPlatform))
    }

    func testGuarantorStaffAdministerTheirSTLAndReadItsAuditLog() {
        let guarantor = principal([Grant(secretariatID: jalisco, role: .garante)])
        XCTAssertTrue(AccessPolicy.allows(guarantor, .editComposition(jalisco)))
        XCTAssertTrue(AccessPolicy.allows(guarantor, .readContactData(jalisco)))
        XCTAssertTrue(AccessPolicy.allows(guarantor, .readAuditLog(jalisco)))
        XCTAssertFalse(AccessPolicy.allows(guarantor, .readAuditLog(campeche)))
    }

    func testRepresentativesReadTheirSTLsAuditLogButNotItsContactData() {
        let representative = principal([Grant(secretariatID: jalisco, role: .representante, sector: .sociedadCivil, holderRole: .suplente)])
        XCTAssertTrue(AccessPolicy.allows(representative, .readAuditLog(jalisco)))
        XCTAssertFalse(AccessPolicy.allows(representative, .readAuditLog(campeche)))
        XCTAssertFalse(AccessPolicy.allows(representative, .readContactData(jalisco)))
        XCTAssertFalse(AccessPolicy.allows(representative, .readManagement(jalisco)))
        XCTAssertFalse(AccessPolicy.allows(representative, .readPlatformAudit))
    }

    func testARepresentativeCannotEditTheComposition() {
        let representative = principal([Grant(secretariatID: jalisco, role: .representante, sector: .sociedadCivil, holderRole: .titular)])
        XCTAssertFalse(AccessPolicy.allows(representative, .editComposition(jalisco)))
        XCTAssertFalse(AccessPolicy.allows(representative, .readContactData(jalisco)))
        XCTAssertTrue(AccessPolicy.allows(representative, .manageOwnAccount))
    }

    func testAdminsMayDoEverything() {
        let admin = principal([], admin: true)
        for permission: Permission in [.administerPlatform, .editComposition(campeche), .readAuditLog(jalisco), .readContactData(jalisco)] {
            XCTAssertTrue(AccessPolicy.allows(admin, permission), "\(permission)")
        }
    }
}

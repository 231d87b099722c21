import Foundation
import SecretariadoCore
import XCTest

/// Who may record the follow-up of an STL: its facilitator and representatives,
/// and platform administrators; never the public, guarantor staff, or another STL's people.
final class FollowUpAccessPolicyTests: XCTestCase {
    let morelos = UUID()
    let jalisco = UUID()

    func principal(_ grants: [Grant], admin: Bool = false) -> Principal {
        Principal(userID: UUID(), isAdmin: admin, grants: grants)
    }

    func testTheFacilitatorAndRepresentativesOfTheSTLEdit() {
        let facilitator = principal([Grant(secretariatID: morelos, role: .facilitador)])
        let representative = principal([Grant(secretariatID: morelos, role: .representante, sector: .sociedadCivil, holderRole: .suplente)])
        XCTAssertTrue(AccessPolicy.allows(facilitator, .editFollowUp(morelos)))
        XCTAssertTrue(AccessPolicy.allows(representative, .editFollowUp(morelos)))
    }

    func testNobodyEditsAnotherSTLsFollowUp() {
        let facilitator = principal([Grant(secretariatID: morelos, role: .facilitador)])
        let representative = principal([Grant(secretariatID: morelos, role: .representante, sector: .gobierno, holderRole: .titular)])
        XCTAssertFalse(AccessPolicy.allows(facilitator, .editFollowUp(jalisco)))
        XCTAssertFalse(AccessPolicy.allows(representative, .editFollowUp(jalisco)))
    }

    func testThePublicAndGuarantorStaffOnlyRead() {
        let staff = principal([Grant(secretariatID: morelos, role: .garante)])
        XCTAssertFalse(AccessPolicy.allows(.anonymous, .editFollowUp(morelos)))
        XCTAssertFalse(AccessPolicy.allows(staff, .editFollowUp(morelos)))
        XCTAssertTrue(AccessPolicy.allows(.anonymous, .readPublic))
    }

    func testAdministratorsEditAnySTL() {
        XCTAssertTrue(AccessPolicy.allows(principal([], admin: true), .editFollowUp(jalisco)))
    }
}

import Foundation
import SecretariadoCore
import XCTest

/// Who may propose, request, convene, run, vote and sign in an STL's sessions.
final class SessionAccessPolicyTests: XCTestCase {
    let morelos = UUID()
    let jalisco = UUID()

    func principal(_ grants: [Grant], admin: Bool = false) -> Principal {
        Principal(userID: UUID(), isAdmin: admin, grants: grants)
    }

    var sessionPermissions: [(UUID) -> Permission] {
        [
            Permission.readSessionDrafts, Permission.proposeAgenda, Permission.requestSession, Permission.convene,
            Permission.runSession, Permission.vote, Permission.signMinutes,
        ]
    }

    func testThePublicDoesNoneOfIt() {
        for permission in sessionPermissions {
            XCTAssertFalse(AccessPolicy.allows(.anonymous, permission(morelos)), "\(permission(morelos))")
        }
    }

    func testTheFacilitatorConvenesAndRunsButNeverVotesOrSigns() {
        let facilitator = principal([Grant(secretariatID: morelos, role: .facilitador)])
        XCTAssertTrue(AccessPolicy.allows(facilitator, .convene(morelos)))
        XCTAssertTrue(AccessPolicy.allows(facilitator, .runSession(morelos)))
        XCTAssertTrue(AccessPolicy.allows(facilitator, .proposeAgenda(morelos)))
        XCTAssertTrue(AccessPolicy.allows(facilitator, .readSessionDrafts(morelos)))
        XCTAssertFalse(AccessPolicy.allows(facilitator, .vote(morelos)))
        XCTAssertFalse(AccessPolicy.allows(facilitator, .signMinutes(morelos)))
        XCTAssertFalse(AccessPolicy.allows(facilitator, .requestSession(morelos)))
        XCTAssertFalse(AccessPolicy.allows(facilitator, .convene(jalisco)))
        XCTAssertFalse(AccessPolicy.allows(facilitator, .runSession(jalisco)))
    }

    func testARepresentativeProposesRequestsVotesAndSignsInTheirSTLOnly() {
        let representative = principal([Grant(secretariatID: morelos, role: .representante, sector: .sociedadCivil, holderRole: .suplente)])
        for permission in [
            Permission.proposeAgenda(morelos), .requestSession(morelos), .vote(morelos), .signMinutes(morelos), .readSessionDrafts(morelos),
        ] {
            XCTAssertTrue(AccessPolicy.allows(representative, permission), "\(permission)")
        }
        XCTAssertFalse(AccessPolicy.allows(representative, .convene(morelos)))
        XCTAssertFalse(AccessPolicy.allows(representative, .runSession(morelos)))
        for permission in sessionPermissions {
            XCTAssertFalse(AccessPolicy.allows(representative, permission(jalisco)), "\(permission(jalisco))")
        }
    }

    func testAFacilitatorHoldingASeatStillHasNoVote() {
        let both = principal([
            Grant(secretariatID: morelos, role: .facilitador),
            Grant(secretariatID: morelos, role: .representante, sector: .gobierno, holderRole: .titular),
        ])
        XCTAssertFalse(AccessPolicy.allows(both, .vote(morelos)))
    }

    func testGuarantorStaffReadDraftsButDoNotProposeOrRun() {
        let staff = principal([Grant(secretariatID: morelos, role: .garante)])
        XCTAssertTrue(AccessPolicy.allows(staff, .readSessionDrafts(morelos)))
        for permission in [
            Permission.proposeAgenda(morelos), .requestSession(morelos), .convene(morelos), .runSession(morelos), .vote(morelos),
            .signMinutes(morelos),
        ] {
            XCTAssertFalse(AccessPolicy.allows(staff, permission), "\(permission)")
        }
    }

    func testAdminsMayRunAnySTL() {
        let admin = principal([], admin: true)
        XCTAssertTrue(AccessPolicy.allows(admin, .convene(jalisco)))
        XCTAssertTrue(AccessPolicy.allows(admin, .runSession(morelos)))
    }

    func testAdminsNeitherVoteNorSignWithoutASeat() {
        let admin = principal([], admin: true)
        XCTAssertFalse(AccessPolicy.allows(admin, .vote(morelos)))
        XCTAssertFalse(AccessPolicy.allows(admin, .signMinutes(morelos)))
        let seated = principal([Grant(secretariatID: morelos, role: .representante, sector: .gobierno, holderRole: .titular)], admin: true)
        XCTAssertTrue(AccessPolicy.allows(seated, .vote(morelos)))
        XCTAssertTrue(AccessPolicy.allows(seated, .signMinutes(morelos)))
        XCTAssertFalse(AccessPolicy.allows(seated, .vote(jalisco)))
    }
}

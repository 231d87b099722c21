import Foundation
import SecretariadoCore
import XCTest

/// Who may work on an STL's installation, and the election rules that bind even admins.
final class InstallationAccessPolicyTests: XCTestCase {
    let yucatan = UUID()
    let jalisco = UUID()

    func principal(_ grants: [Grant], admin: Bool = false) -> Principal {
        Principal(userID: UUID(), isAdmin: admin, grants: grants)
    }

    func testTheGuarantorAndFacilitatorManageTheInstallationOfTheirSTLOnly() {
        let guarantor = principal([Grant(secretariatID: yucatan, role: .garante)])
        let facilitator = principal([Grant(secretariatID: yucatan, role: .facilitador)])
        XCTAssertTrue(AccessPolicy.allows(guarantor, .manageInstallation(yucatan)))
        XCTAssertTrue(AccessPolicy.allows(facilitator, .manageInstallation(yucatan)))
        XCTAssertFalse(AccessPolicy.allows(guarantor, .manageInstallation(jalisco)))
        XCTAssertFalse(AccessPolicy.allows(.anonymous, .manageInstallation(yucatan)))
        let government = principal([Grant(secretariatID: yucatan, role: .representante, sector: .gobierno, holderRole: .titular)])
        XCTAssertFalse(AccessPolicy.allows(government, .manageInstallation(yucatan)))
    }

    func testOnlyTheGuarantorOrAnAdminConcludesTheInstallation() {
        XCTAssertTrue(AccessPolicy.allows(principal([Grant(secretariatID: yucatan, role: .garante)]), .installSecretariat(yucatan)))
        XCTAssertTrue(AccessPolicy.allows(principal([], admin: true), .installSecretariat(yucatan)))
        XCTAssertFalse(AccessPolicy.allows(principal([Grant(secretariatID: yucatan, role: .facilitador)]), .installSecretariat(yucatan)))
        XCTAssertFalse(AccessPolicy.allows(principal([Grant(secretariatID: jalisco, role: .garante)]), .installSecretariat(yucatan)))
    }

    func testSelectedRepresentativesRecordTheFacilitatorSelection() {
        let civil = principal([Grant(secretariatID: yucatan, role: .representante, sector: .sociedadCivil, holderRole: .titular)])
        XCTAssertTrue(AccessPolicy.allows(civil, .recordFacilitatorSelection(yucatan)))
        XCTAssertFalse(AccessPolicy.allows(civil, .recordFacilitatorSelection(jalisco)))
        XCTAssertFalse(AccessPolicy.allows(.anonymous, .recordFacilitatorSelection(yucatan)))
        XCTAssertFalse(AccessPolicy.allows(principal([Grant(secretariatID: yucatan, role: .facilitador)]), .recordFacilitatorSelection(yucatan)))
    }

    func testGovernmentAndGuarantorPeopleCannotVoteInTheCivilSocietyElection() {
        let government = principal([Grant(secretariatID: yucatan, role: .representante, sector: .gobierno, holderRole: .titular)])
        let governmentElsewhere = principal([Grant(secretariatID: jalisco, role: .representante, sector: .gobierno, holderRole: .titular)])
        let guarantor = principal([Grant(secretariatID: yucatan, role: .garante)])
        let guarantorElsewhere = principal([Grant(secretariatID: jalisco, role: .garante)])
        let facilitator = principal([Grant(secretariatID: yucatan, role: .facilitador)])
        let admin = principal([], admin: true)
        for (name, who) in [
            ("gobierno", government), ("gobierno de otro STL", governmentElsewhere), ("garante", guarantor),
            ("garante de otro STL", guarantorElsewhere), ("facilitación", facilitator), ("admin", admin),
        ] {
            XCTAssertFalse(AccessPolicy.allows(who, .castElectionBallot(yucatan)), name)
        }
    }

    func testCredentialHoldersWithoutAPublicRoleMayVote() {
        XCTAssertTrue(AccessPolicy.allows(.anonymous, .castElectionBallot(yucatan)))
        XCTAssertTrue(AccessPolicy.allows(principal([]), .castElectionBallot(yucatan)))
        let civilElsewhere = principal([Grant(secretariatID: jalisco, role: .representante, sector: .sociedadCivil, holderRole: .titular)])
        XCTAssertTrue(AccessPolicy.allows(civilElsewhere, .castElectionBallot(yucatan)))
    }

    func testNobodySeesTheCountBeforeTheCloseNotEvenAnAdmin() {
        let everyone = [
            Principal.anonymous,
            principal([], admin: true),
            principal([Grant(secretariatID: yucatan, role: .garante)]),
            principal([Grant(secretariatID: yucatan, role: .facilitador)]),
            principal([Grant(secretariatID: yucatan, role: .representante, sector: .gobierno, holderRole: .titular)]),
            principal([Grant(secretariatID: yucatan, role: .representante, sector: .sociedadCivil, holderRole: .titular)]),
        ]
        for who in everyone {
            XCTAssertFalse(AccessPolicy.allows(who, .readElectionPartialResults(yucatan)))
        }
    }

    func testAdminsStillMayDoEverythingElseOfTheInstallation() {
        let admin = principal([], admin: true)
        for permission: Permission in [.manageInstallation(yucatan), .installSecretariat(yucatan), .recordFacilitatorSelection(yucatan)] {
            XCTAssertTrue(AccessPolicy.allows(admin, permission), "\(permission)")
        }
    }
}

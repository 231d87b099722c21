import Foundation
import SecretariadoCore
import XCTest

final class CharterAmendmentTests: XCTestCase {
    let stl = UUID()
    let jalisco = DecisionRule(kind: .consensusThenMajority, requireSectors: [.sociedadCivil])
    var charter: GovernanceMechanism { .template(rule: jalisco, ruleText: "Por consenso…") }

    private func principal(_ role: StlRole) -> Principal {
        Principal(userID: UUID(), isAdmin: false, grants: [Grant(secretariatID: stl, role: role)])
    }

    // MARK: who may propose, correct, write the acta's text

    func testTheFacilitatorAndRepresentativesProposeAndNobodyElse() {
        XCTAssertTrue(AccessPolicy.allows(principal(.facilitador), .proposeGovernance(stl)))
        XCTAssertTrue(AccessPolicy.allows(principal(.representante), .proposeGovernance(stl)))
        XCTAssertFalse(AccessPolicy.allows(principal(.garante), .proposeGovernance(stl)))
        XCTAssertFalse(AccessPolicy.allows(Principal.anonymous, .proposeGovernance(stl)))
        XCTAssertFalse(AccessPolicy.allows(principal(.representante), .proposeGovernance(UUID())), "another STL's charter")
    }

    func testOnlyAnAdministratorCorrects() {
        for role in StlRole.allCases {
            XCTAssertFalse(AccessPolicy.allows(principal(role), .correctGovernance(stl)), "\(role)")
        }
        XCTAssertTrue(AccessPolicy.allows(Principal(userID: UUID(), isAdmin: true, grants: []), .correctGovernance(stl)))
    }

    func testARepresentativeDoesNotWriteTheActasText() {
        XCTAssertFalse(AccessPolicy.allows(principal(.representante), .editGovernance(stl)))
        XCTAssertTrue(AccessPolicy.allows(principal(.facilitador), .editGovernance(stl)))
    }

    func testBeingFormedTheTextIsTheActasOnceInstalledADraft() {
        XCTAssertEqual(CharterAmendment.path(installed: false), .installationText)
        XCTAssertEqual(CharterAmendment.path(installed: true), .draft)
    }

    // MARK: what adoption requires

    func testAnAdoptedMotionOnADraftOfTheVersionInForcePutsItInForce() {
        XCTAssertEqual(
            CharterAmendment.verdict(outcome: .adopted, sessionOfSameSTL: true, status: .borrador, baseVersion: 3, versionInForce: 3),
            .entersIntoForce)
    }

    func testARejectedOrQuorumlessMotionLeavesTheDraftADraft() {
        for outcome in [Outcome.Result.notAdopted, .noQuorum] {
            guard
                case .staysDraft(let reason) = CharterAmendment.verdict(
                    outcome: outcome, sessionOfSameSTL: true, status: .borrador, baseVersion: 1, versionInForce: 1)
            else {
                return XCTFail("\(outcome) must not put the draft in force")
            }
            XCTAssertTrue(reason.es.contains("sigue como borrador"), reason.es)
        }
    }

    func testADraftOnAnOlderVersionOrAlreadyAdoptedOrFromAnotherSTLStays() {
        XCTAssertNotEqual(
            CharterAmendment.verdict(outcome: .adopted, sessionOfSameSTL: true, status: .borrador, baseVersion: 2, versionInForce: 3),
            .entersIntoForce)
        XCTAssertNotEqual(
            CharterAmendment.verdict(outcome: .adopted, sessionOfSameSTL: true, status: .adoptada, baseVersion: 3, versionInForce: 3),
            .entersIntoForce)
        XCTAssertNotEqual(
            CharterAmendment.verdict(outcome: .adopted, sessionOfSameSTL: true, status: .superada, baseVersion: 3, versionInForce: 3),
            .entersIntoForce)
        XCTAssertNotEqual(
            CharterAmendment.verdict(outcome: .adopted, sessionOfSameSTL: false, status: .borrador, baseVersion: 3, versionInForce: 3),
            .entersIntoForce)
    }

    func testOnlyADraftOnTheVersionInForceMayBePutToTheVote() {
        XCTAssertNil(CharterAmendment.voteRefusal(status: .borrador, baseVersion: 4, versionInForce: 4))
        XCTAssertNotNil(CharterAmendment.voteRefusal(status: .borrador, baseVersion: 3, versionInForce: 4))
        XCTAssertNotNil(CharterAmendment.voteRefusal(status: .adoptada, baseVersion: 4, versionInForce: 4))
    }

    // MARK: what a correction may change

    func testACorrectionOfProseWithAReasonPasses() {
        var fixed = charter
        fixed.communication = "Correo electrónico y reuniones mensuales."
        XCTAssertEqual(CharterCorrection.problems(from: charter, to: fixed, reason: "Errata en comunicación"), [])
    }

    func testACorrectionNeedsAReasonAndAChange() {
        var fixed = charter
        fixed.communication += " (corregido)"
        XCTAssertEqual(CharterCorrection.problems(from: charter, to: fixed, reason: "  ").map(\.field), ["reason"])
        XCTAssertEqual(CharterCorrection.problems(from: charter, to: charter, reason: "nada").map(\.field), ["reason"])
    }

    func testACorrectionNeverChangesTheRuleQuorumOrNoticePeriods() {
        var rule = charter
        rule.decision.rule.requireEverySector = true
        XCTAssertEqual(CharterCorrection.problems(from: charter, to: rule, reason: "x").map(\.field), ["decision.rule"])

        var quorum = charter
        quorum.decision.rule.quorum = QuorumRule(moreThanFraction: Fraction(2, 3))
        XCTAssertEqual(CharterCorrection.problems(from: charter, to: quorum, reason: "x").map(\.field), ["decision.rule.quorum"])

        var notice = charter
        notice.operation.ordinaryNoticeDays += 1
        notice.operation.extraordinaryNoticeDays += 1
        XCTAssertEqual(
            CharterCorrection.problems(from: charter, to: notice, reason: "x").map(\.field),
            ["operation.ordinaryNoticeDays", "operation.extraordinaryNoticeDays"])
    }
}

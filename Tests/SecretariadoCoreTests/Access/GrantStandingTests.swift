import SecretariadoCore
import XCTest

final class GrantStandingTests: XCTestCase {
    func testARepresentativeHoldsRightsOnlyWhileItsBoundTermRuns() {
        XCTAssertEqual(GrantStanding.of(role: .representante, boundTermExists: true, boundTermEnded: false), .inForce)
        XCTAssertEqual(GrantStanding.of(role: .representante, boundTermExists: true, boundTermEnded: true), .termEnded)
        XCTAssertEqual(GrantStanding.of(role: .representante, boundTermExists: false, boundTermEnded: false), .awaitingTerm)
        XCTAssertFalse(GrantStanding.termEnded.confersRights)
        XCTAssertFalse(GrantStanding.awaitingTerm.confersRights)
        XCTAssertNotNil(GrantStanding.termEnded.note)
    }

    func testOtherRolesDoNotDependOnASeatTerm() {
        XCTAssertEqual(GrantStanding.of(role: .facilitador, boundTermExists: false, boundTermEnded: false), .inForce)
        XCTAssertEqual(GrantStanding.of(role: .garante, boundTermExists: false, boundTermEnded: false), .inForce)
        XCTAssertNil(GrantStanding.inForce.note)
    }
}

import SecretariadoCore
import XCTest

final class ProposalDeclineTests: XCTestCase {
    func testOnlyAPendingProposalCanBeDeclined() {
        XCTAssertNil(ProposalDecline.refusal(for: .pendiente))
        XCTAssertNotNil(ProposalDecline.refusal(for: .integrada))
        XCTAssertNotNil(ProposalDecline.refusal(for: .descartada))
        XCTAssertNotEqual(
            ProposalDecline.refusal(for: .integrada), ProposalDecline.refusal(for: .descartada),
            "each refusal says what happened to the proposal")
    }
}

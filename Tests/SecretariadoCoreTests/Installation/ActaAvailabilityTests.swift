import Foundation
import SecretariadoCore
import XCTest

final class ActaAvailabilityTests: XCTestCase {
    func testEveryCombinationHasAnAnswer() {
        let cases: [(inFormation: Bool, issued: Bool, historical: Bool, expected: ActaAvailability)] = [
            (true, false, false, .generated(issued: false)),
            (true, true, false, .generated(issued: true)),
            (false, true, false, .generated(issued: true)),
            // An issued acta is the platform's record even if a file was uploaded too.
            (false, true, true, .generated(issued: true)),
            (false, false, true, .historical),
            (false, false, false, .notUploaded),
            // A draft in formation is shown; an uploaded file does not replace it.
            (true, false, true, .generated(issued: false)),
        ]
        for c in cases {
            XCTAssertEqual(
                ActaAvailability.decide(inFormation: c.inFormation, hasIssuedActa: c.issued, hasHistoricalActa: c.historical),
                c.expected, "\(c)")
        }
    }

    func testUploadersAreWhoManagesTheInstallation() {
        let stl = UUID()
        XCTAssertEqual(Set(ActaAvailability.uploaderRoles(in: stl)), [.garante, .facilitador])
        XCTAssertFalse(ActaAvailability.uploaderRoles(in: stl).contains(.representante))
        XCTAssertEqual(ActaAvailability.uploadersText(in: stl).es, "facilitador(a) y personal del organismo garante")
    }
}

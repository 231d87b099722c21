import Foundation
import SecretariadoCore
import XCTest

final class NoticeAudienceTests: XCTestCase {
    typealias C = NoticeAudience.Candidate

    func testEachPersonIsToldOnceByAccountWhenTheyHaveOne() {
        let ana = UUID()
        let candidates = [
            C(standing: .titular, name: "Ana (persona)", email: "ANA@mail.mx"),
            C(standing: .suplente, name: "Beto", email: "beto@mail.mx"),
            C(standing: .titular, name: "Sin correo", email: nil),
            C(standing: .facilitator, name: "Ana", email: "ana@mail.mx", userID: ana, language: .en),
            C(standing: .guarantor, name: "Garante", email: " garante@itai.mx "),
            C(standing: .guarantor, name: "Otra vez", email: "beto@mail.mx"),
        ]
        let out = NoticeAudience.recipients(candidates, standings: NoticeAudience.sessionStandings)
        XCTAssertEqual(out.map(\.email), ["beto@mail.mx", "ana@mail.mx", "garante@itai.mx"])
        XCTAssertEqual(out[1].userID, ana)
        XCTAssertEqual(out[1].language, .en)
    }

    func testAnAccountAtAnInvalidDomainKeepsItsNoticeButGetsNoMail() {
        let demo = UUID()
        let out = NoticeAudience.recipients(
            [
                C(standing: .titular, name: "Demo", email: "demo+x@secretariado.invalid", userID: demo),
                C(standing: .titular, name: "Sin cuenta", email: "nadie@ejemplo.invalid"),
                C(standing: .titular, name: "Roto", email: "sin-arroba"),
            ], standings: [.titular])
        XCTAssertEqual(out.map(\.userID), [demo])
        XCTAssertEqual(out.map(\.email), [nil])
        XCTAssertTrue(NoticeAudience.isDeliverable("ana@mail.mx"))
        XCTAssertFalse(NoticeAudience.isDeliverable("ana@invalid"))
    }

    func testOnlyTheAskedStandingsAreKept() {
        let candidates = [
            C(standing: .titular, name: "T", email: "t@x.mx"),
            C(standing: .facilitator, name: "F", email: "f@x.mx"),
        ]
        XCTAssertEqual(NoticeAudience.recipients(candidates, standings: [.facilitator]).map(\.name), ["F"])
    }
}

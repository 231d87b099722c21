import Foundation
import SecretariadoCore
import XCTest

final class MinutesDocumentTests: XCTestCase {
    func document(notes: String?) -> MinutesDocument {
        MinutesDocument(
            secretariat: .init(slug: "morelos", name: "Morelos"),
            session: .init(
                id: "S1", number: 3, kind: "ordinaria", urgent: false, date: "2026-03-12",
                startsAt: "2026-03-12T16:00:00Z", endsAt: "2026-03-12T18:00:00Z", place: "Sala",
                modality: "presencial", requestedBy: nil, convenedAt: nil),
            facilitator: "Luz Stella Vallejo",
            attendance: [.init(seat: "gobierno-1", sector: "gobierno", attendance: "titular", attendee: "Hacienda")],
            quorum: .init(reached: true, explanation: "Hay quórum."),
            agenda: [], agreements: [], notes: notes, finalisedAt: "2026-03-12T18:00:00Z", finalisedBy: "Luz")
    }

    func testTheCanonicalFormIsStableSortedAndOmitsAbsentFields() throws {
        let text = String(decoding: try CanonicalJSON.data(of: document(notes: nil)), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix(#"{"agenda":[],"agreements":[],"attendance":[{"attendance":"titular""#), text)
        XCTAssertFalse(text.contains("notes"))
        XCTAssertFalse(text.contains("requestedBy"))
        XCTAssertTrue(text.contains(#""format":"secretariado-minuta/1""#))
        XCTAssertEqual(try CanonicalJSON.data(of: document(notes: nil)), try CanonicalJSON.data(of: document(notes: nil)))
        XCTAssertNotEqual(try CanonicalJSON.data(of: document(notes: "x")), try CanonicalJSON.data(of: document(notes: nil)))
    }

    func testItDecodesBackToTheSameDocument() throws {
        let original = document(notes: "Notas con acentos: sesión, ñ")
        let decoded = try JSONDecoder().decode(MinutesDocument.self, from: CanonicalJSON.data(of: original))
        XCTAssertEqual(decoded, original)
    }

    func testRecordTimesAreUTCWholeSecondsAndMexicoCityDates() {
        let instant = Date(timeIntervalSince1970: 1_773_345_600.75)  // 2026-03-12T20:00:00.75Z
        XCTAssertEqual(RecordTime.timestamp(instant), "2026-03-12T20:00:00Z")
        XCTAssertEqual(RecordTime.parse("2026-03-12T20:00:00Z"), Date(timeIntervalSince1970: 1_773_345_600))
        XCTAssertNil(RecordTime.parse("2026-03-12 20:00:00"))
        // 20:00 UTC is 14:00 in Mexico City; 03:00 UTC on the 13th is still the 12th there.
        XCTAssertEqual(RecordTime.localDate(Date(timeIntervalSince1970: 1_773_370_800)), "2026-03-12")
    }

    func testQuorumStatusExplainsItself() {
        let rule = QuorumRule()
        let present = Tally([
            SeatBallot("gobierno-1", .gobierno, .titular, nil), SeatBallot("sociedad_civil-1", .sociedadCivil, .suplente, nil),
            SeatBallot("organismo_garante-1", .organismoGarante, .titular, nil), SeatBallot("gobierno-2", .gobierno, .absent, nil),
        ])
        XCTAssertEqual(QuorumStatus(present, rule: rule).explanation.es, "Hay quórum: están presentes 3 de 4 asientos con voto (1 por suplente).")
        let missing = Tally([
            SeatBallot("gobierno-1", .gobierno, .titular, nil), SeatBallot("gobierno-2", .gobierno, .titular, nil),
            SeatBallot("organismo_garante-1", .organismoGarante, .titular, nil), SeatBallot("sociedad_civil-1", .sociedadCivil, .absent, nil),
        ])
        let status = QuorumStatus(missing, rule: rule)
        XCTAssertFalse(status.reached)
        XCTAssertEqual(status.explanation.es, "Sin quórum: no está presente ningún asiento de sociedad civil.")
    }
}

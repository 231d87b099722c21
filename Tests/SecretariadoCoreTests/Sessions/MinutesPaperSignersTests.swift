import Foundation
import SecretariadoCore
import XCTest

final class MinutesPaperSignersTests: XCTestCase {
    private func document(facilitator: String, attendance: [MinutesDocument.AttendanceLine]) -> MinutesDocument {
        MinutesDocument(
            secretariat: .init(slug: "morelos", name: "Morelos"),
            session: .init(
                id: "S1", number: 3, kind: "ordinaria", urgent: false, date: "2026-03-12",
                startsAt: "2026-03-12T16:00:00Z", endsAt: "2026-03-12T18:00:00Z", place: "Sala",
                modality: "presencial", requestedBy: nil, convenedAt: nil),
            facilitator: facilitator, attendance: attendance,
            quorum: .init(reached: true, explanation: "Hay quórum."),
            agenda: [], agreements: [], notes: nil, finalisedAt: "2026-03-12T18:00:00Z", finalisedBy: "Luz")
    }

    func testPresentPositionsSignAndTheFacilitatorLast() {
        let doc = document(
            facilitator: "Luz Stella Vallejo",
            attendance: [
                .init(seat: "gobierno-1", sector: "gobierno", attendance: "titular", attendee: "Hacienda"),
                .init(seat: "gobierno-2", sector: "gobierno", attendance: "ausente", attendee: nil),
                .init(seat: "sociedad_civil-1", sector: "sociedad_civil", attendance: "suplente", attendee: "Ana Ruiz"),
                .init(seat: "organismo_garante-1", sector: "organismo_garante", attendance: "titular", attendee: nil),
            ])
        XCTAssertEqual(doc.paperSigners.map(\.name), ["Hacienda", "Ana Ruiz", "organismo_garante-1", "Luz Stella Vallejo"])
        XCTAssertEqual(doc.paperSigners.map(\.attendance), ["titular", "suplente", "titular", nil])
        XCTAssertFalse(doc.paperSigners.contains { $0.seat == "gobierno-2" }, "an absent seat does not sign")
    }

    func testAVacantFacilitationHasNoLine() {
        let doc = document(
            facilitator: MinutesDocument.vacantFacilitator,
            attendance: [
                .init(seat: "gobierno-1", sector: "gobierno", attendance: "titular", attendee: "Hacienda")
            ])
        XCTAssertEqual(doc.paperSigners.map(\.name), ["Hacienda"])
    }
}

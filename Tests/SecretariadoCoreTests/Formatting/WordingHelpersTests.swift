import Foundation
import XCTest

@testable import SecretariadoCore

/// Plurals, calendar dates stored as text, the browser's language and the finalisation rule.
final class WordingHelpersTests: XCTestCase {
    func testPluralsReadRightInBothLanguages() {
        XCTAssertEqual(Plural.count(1, "candidatura", "candidaturas"), "1 candidatura")
        XCTAssertEqual(Plural.count(3, "candidatura", "candidaturas"), "3 candidaturas")
        XCTAssertEqual(Plural.count(0, "candidatura", "candidaturas"), "0 candidaturas")
        XCTAssertEqual(Plural.count(1_200, es: ("boleta", "boletas"), en: ("ballot", "ballots")), Localized(es: "1,200 boletas", en: "1,200 ballots"))
    }

    func testElectionExplanationHasNoBrokenPlural() {
        let candidates = ["Ana", "Beto", "Caro"].map { ElectionCandidate(id: UUID(), name: $0, lotKey: $0) }
        let tally = ElectionTally(candidates: candidates, ballots: [[candidates[0].id]], seats: 1, method: .pluralidad)
        XCTAssertFalse(tally.explanation.es.contains("Las 1 "), tally.explanation.es)
        XCTAssertTrue(tally.explanation.es.contains("Se emitió 1 boleta"), tally.explanation.es)
        XCTAssertTrue(tally.explanation.es.contains("La candidatura más votada es titular"), tally.explanation.es)
        XCTAssertTrue(tally.explanation.en.contains("1 ballot was cast"), tally.explanation.en)
    }

    func testSectorCodesWithoutAccentsAreWrittenWithThem() {
        XCTAssertEqual(Sector.displayName(of: "camaras").es, "Cámaras")
        XCTAssertEqual(Sector.displayName(of: "camaras").en, "Chambers of commerce")
        XCTAssertEqual(Sector.displayName(of: "mesa_tematica").es, "Mesa tematica")
    }

    func testCalendarDatesStoredAsTextAreWrittenForPeople() {
        XCTAssertEqual(MexicanFormat.date(iso: "2026-03-12", language: .es), "12 de marzo de 2026")
        XCTAssertEqual(MexicanFormat.date(iso: "2026-03-12", language: .en), "March 12, 2026")
        XCTAssertEqual(MexicanFormat.date(iso: "sin fecha", language: .es), "sin fecha")
    }

    func testTheBrowsersLanguageIsReadFromAcceptLanguage() {
        XCTAssertEqual(Language.preferred(acceptLanguage: "en-US,en;q=0.9"), .en)
        XCTAssertEqual(Language.preferred(acceptLanguage: "es-MX,es;q=0.9,en;q=0.8"), .es)
        XCTAssertEqual(Language.preferred(acceptLanguage: "fr-FR, en;q=0.5, es;q=0.7"), .es)
        XCTAssertEqual(Language.preferred(acceptLanguage: "en;q=0"), nil)
        XCTAssertNil(Language.preferred(acceptLanguage: "fr, de"))
        XCTAssertNil(Language.preferred(acceptLanguage: nil))
        XCTAssertEqual(Language.en.localeIdentifier, "en")
    }

    func testMinutesAreNotFinalisedBeforeAttendanceOrWithOpenVotes() {
        XCTAssertNil(MinutesReadiness.refusal(attendanceRecorded: true, openVotes: 0))
        XCTAssertTrue(MinutesReadiness.refusal(attendanceRecorded: false, openVotes: 0)?.es.contains("Registra la asistencia") ?? false)
        XCTAssertTrue(MinutesReadiness.refusal(attendanceRecorded: true, openVotes: 2)?.es.contains("2 votaciones abiertas") ?? false)
        XCTAssertTrue(MinutesReadiness.refusal(attendanceRecorded: true, openVotes: 1)?.en.contains("There is 1 open vote") ?? false)
    }
}

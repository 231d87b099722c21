import Foundation
import SecretariadoTestSupport
import XCTest

@testable import SecretariadoCore

final class ICalendarTextTests: XCTestCase {
    private let longSpanish = """
        Sesión ordinaria del Secretariado Técnico Local de Michoacán: revisión de la minuta, \
        acuerdos pendientes, avance del Plan de Acción Local y designación de la próxima sede — \
        participan organizaciones de la sociedad civil, el organismo garante y el gobierno del estado. ¿Dudas? 😀
        """

    func testEscapesBackslashSemicolonCommaAndNewline() {
        XCTAssertEqual(ICalendarText.escape(#"a\b;c,d"#), #"a\\b\;c\,d"#)
        XCTAssertEqual(ICalendarText.escape("uno\ndos"), #"uno\ndos"#)
    }

    func testEscapesEveryKindOfLineBreakAsOneBackslashN() {
        XCTAssertEqual(ICalendarText.escape("a\r\nb\rc\nd\n\ne"), #"a\nb\nc\nd\n\ne"#)
    }

    func testLeavesColonsQuotesAndTabsAsTheyAre() {
        XCTAssertEqual(ICalendarText.escape("Hora: 17:30\t\"sala\""), "Hora: 17:30\t\"sala\"")
    }

    func testDropsControlCharactersThatTextMayNotHold() {
        XCTAssertEqual(ICalendarText.escape("a\u{0}b\u{7}c\u{1B}d\u{7F}e"), "abcde")
    }

    func testFoldsLongSpanishTextIntoLinesOfAtMost75Octets() throws {
        let folded = ICalendarText.contentLine("DESCRIPTION", ICalendarText.escape(longSpanish))

        let lines = try ICSTestReader.physicalLines(folded)

        XCTAssertGreaterThan(lines.count, 3)
        for line in lines {
            XCTAssertLessThanOrEqual(line.utf8.count, 75, String(line))
        }
        for line in lines.dropFirst() {
            XCTAssertTrue(line.hasPrefix(" "), String(line))
        }
    }

    func testUnfoldingRestoresTheOriginalLine() throws {
        let logical = "DESCRIPTION:" + ICalendarText.escape(longSpanish)

        let folded = ICalendarText.fold(logical)

        XCTAssertEqual(ICSTestReader.unfold(folded), logical + "\r\n")
        XCTAssertEqual(ICSTestReader.unescape(String(ICSTestReader.unfold(folded).dropFirst(12).unicodeScalars.dropLast(2))), longSpanish)
    }

    func testNeverSplitsAMultiByteCharacter() throws {
        // "SUMMARY:" + 66 × "a" is 74 octets; "é" (2 octets) would end at 76, so it must move.
        let line = "SUMMARY:" + String(repeating: "a", count: 66) + "é" + String(repeating: "ñ", count: 40) + "😀😀"

        let lines = try ICSTestReader.physicalLines(ICalendarText.fold(line))

        XCTAssertEqual(lines[0].utf8.count, 74)
        XCTAssertTrue(lines[1].hasPrefix(" é"))
        for physical in lines {
            XCTAssertLessThanOrEqual(physical.utf8.count, 75)
            // Each physical line is valid UTF-8 on its own.
            XCTAssertNotNil(String(bytes: Array(physical.utf8), encoding: .utf8))
        }
        XCTAssertEqual(ICSTestReader.unfold(ICalendarText.fold(line)), line + "\r\n")
    }

    func testALineOfExactly75OctetsIsNotFolded() {
        let line = "SUMMARY:" + String(repeating: "x", count: 67)

        XCTAssertEqual(ICalendarText.fold(line), line + "\r\n")
        XCTAssertEqual(ICalendarText.fold(line + "y"), line + "\r\n y\r\n")
    }

    func testUTCDateTimeHasZSuffixAndDropsSubSeconds() {
        let date = Date(timeIntervalSince1970: 1_795_649_400.75)  // 2026-11-25T23:30:00.75Z

        XCTAssertEqual(ICalendarText.utcDateTime(date), "20261125T233000Z")
    }
}

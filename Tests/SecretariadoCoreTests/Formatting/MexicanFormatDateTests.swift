import Foundation
import SecretariadoCore
import XCTest

final class MexicanFormatDateTests: XCTestCase {
    private let nbsp = "\u{00A0}"
    /// 2026-11-25 17:30 in Mexico City (UTC−6), a Wednesday.
    private let sessionStart = ISO8601DateFormatter().date(from: "2026-11-25T23:30:00Z")!

    private func utc(_ iso: String) -> Date {
        ISO8601DateFormatter().date(from: iso)!
    }

    func testLongDateInSpanishHasLowercaseMonthAndDe() {
        XCTAssertEqual(MexicanFormat.date(sessionStart), "25 de noviembre de 2026")
    }

    func testLongDateInEnglishIsMonthDayCommaYear() {
        XCTAssertEqual(MexicanFormat.date(sessionStart, language: .en), "November 25, 2026")
    }

    func testLongDateWithWeekday() {
        XCTAssertEqual(MexicanFormat.date(sessionStart, includeWeekday: true), "miércoles 25 de noviembre de 2026")
        XCTAssertEqual(
            MexicanFormat.date(sessionStart, language: .en, includeWeekday: true), "Wednesday, November 25, 2026")
    }

    func testDateTimeInSpanishUses24HourClockWithH() {
        XCTAssertEqual(MexicanFormat.dateTime(sessionStart), "25 de noviembre de 2026, 17:30\(nbsp)h")
    }

    func testDateTimeInEnglishUses12HourClock() {
        XCTAssertEqual(MexicanFormat.dateTime(sessionStart, language: .en), "November 25, 2026, 5:30\(nbsp)PM")
    }

    func testTimeAroundMidnightAndNoon() {
        let justAfterMidnight = utc("2026-03-02T06:05:00Z")  // 00:05 in Mexico City
        let noon = utc("2026-03-02T18:00:00Z")

        XCTAssertEqual(MexicanFormat.time(justAfterMidnight), "00:05\(nbsp)h")
        XCTAssertEqual(MexicanFormat.time(justAfterMidnight, language: .en), "12:05\(nbsp)AM")
        XCTAssertEqual(MexicanFormat.time(noon), "12:00\(nbsp)h")
        XCTAssertEqual(MexicanFormat.time(noon, language: .en), "12:00\(nbsp)PM")
    }

    func testShortDateIsDayFirstInSpanishAndMonthFirstInEnglish() {
        let date = utc("2026-01-05T18:00:00Z")

        XCTAssertEqual(MexicanFormat.shortDate(date), "05/01/2026")
        XCTAssertEqual(MexicanFormat.shortDate(date, language: .en), "1/5/2026")
        XCTAssertEqual(MexicanFormat.shortDate(sessionStart), "25/11/2026")
    }

    func testDatesAreOnMexicoCityClockNotUTC() {
        // 05:30 UTC on the 26th is still 23:30 on the 25th in Mexico City.
        let lateEvening = utc("2026-11-26T05:30:00Z")

        XCTAssertEqual(MexicanFormat.date(lateEvening), "25 de noviembre de 2026")
        XCTAssertEqual(MexicanFormat.time(lateEvening), "23:30\(nbsp)h")
    }

    func testEveryMonthNameInBothLanguages() {
        let spanish = (1...12).map { MexicanFormat.date(utc(String(format: "2026-%02d-10T18:00:00Z", $0))) }
        let english = (1...12).map { MexicanFormat.date(utc(String(format: "2026-%02d-10T18:00:00Z", $0)), language: .en) }

        XCTAssertEqual(spanish.first, "10 de enero de 2026")
        XCTAssertEqual(spanish[8], "10 de septiembre de 2026")
        XCTAssertEqual(spanish.last, "10 de diciembre de 2026")
        XCTAssertEqual(english[4], "May 10, 2026")
        XCTAssertEqual(Set(spanish).count, 12)
        XCTAssertEqual(Set(english).count, 12)
    }
}

import Foundation
import XCTest

@testable import SecretariadoCore

final class CivilDateTimeTests: XCTestCase {
    func testEpochZeroIsThursdayFirstOfJanuary1970() {
        let t = CivilDateTime(secondsSinceEpoch: 0)

        XCTAssertEqual([t.year, t.month, t.day, t.hour, t.minute, t.second], [1970, 1, 1, 0, 0, 0])
        XCTAssertEqual(t.weekday, 5)
    }

    func testOneSecondBeforeEpochIsLastSecondOf1969() {
        let t = CivilDateTime(secondsSinceEpoch: -1)

        XCTAssertEqual([t.year, t.month, t.day, t.hour, t.minute, t.second], [1969, 12, 31, 23, 59, 59])
    }

    func testInitRejectsImpossibleDatesAndAcceptsLeapDays() {
        XCTAssertNotNil(CivilDateTime(year: 2024, month: 2, day: 29))
        XCTAssertNotNil(CivilDateTime(year: 2000, month: 2, day: 29))
        XCTAssertNil(CivilDateTime(year: 2026, month: 2, day: 29))
        XCTAssertNil(CivilDateTime(year: 2100, month: 2, day: 29))
        XCTAssertNil(CivilDateTime(year: 2026, month: 4, day: 31))
        XCTAssertNil(CivilDateTime(year: 2026, month: 13, day: 1))
        XCTAssertNil(CivilDateTime(year: 2026, month: 1, day: 1, hour: 24))
        XCTAssertNil(CivilDateTime(year: 2026, month: 1, day: 1, minute: 60))
    }

    func testArithmeticAgreesWithFoundationGregorianCalendarFrom1900To2100() {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: "UTC")!
        let from: Int64 = -2_208_988_800  // 1900-01-01
        let to: Int64 = 4_102_444_800  // 2100-01-01
        var checked = 0

        for seconds in stride(from: from, to: to, by: 86_400 * 37 + 3_671) {
            let ours = CivilDateTime(secondsSinceEpoch: seconds)
            let theirs = gregorian.dateComponents(
                [.year, .month, .day, .hour, .minute, .second, .weekday],
                from: Date(timeIntervalSince1970: TimeInterval(seconds)))
            XCTAssertEqual(
                [ours.year, ours.month, ours.day, ours.hour, ours.minute, ours.second, ours.weekday],
                [theirs.year!, theirs.month!, theirs.day!, theirs.hour!, theirs.minute!, theirs.second!, theirs.weekday!],
                "at \(seconds)")
            XCTAssertEqual(ours.secondsSinceEpochAsUTC, seconds)
            checked += 1
        }
        XCTAssertGreaterThan(checked, 1_500)
    }

    func testEpochSecondsRoundsDownAndClampsNonFiniteDates() {
        XCTAssertEqual(CivilDateTime.epochSeconds(of: Date(timeIntervalSince1970: 10.9)), 10)
        XCTAssertEqual(CivilDateTime.epochSeconds(of: Date(timeIntervalSince1970: -0.5)), -1)
        XCTAssertEqual(
            CivilDateTime(
                secondsSinceEpoch: CivilDateTime.epochSeconds(
                    of: Date(timeIntervalSince1970: .infinity))
            ).year, 9999)
        XCTAssertEqual(
            CivilDateTime(
                secondsSinceEpoch: CivilDateTime.epochSeconds(
                    of: Date(timeIntervalSince1970: -1e300))
            ).year, 1)
    }
}

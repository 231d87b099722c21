import Foundation
import XCTest

@testable import SecretariadoCore

final class MexicoCityTimeTests: XCTestCase {
    private func utc(_ iso: String) -> Date {
        ISO8601DateFormatter().date(from: iso)!
    }

    func testPlatformKnowsTheZoneAndItsPost2022RuleOfFixedUTCMinus6() {
        let zone = TimeZone(identifier: "America/Mexico_City")

        XCTAssertNotNil(zone)
        // A summer and a winter date each year: no daylight saving time since 2022.
        for year in 2023...2030 {
            for month in ["01", "07"] {
                XCTAssertEqual(zone?.secondsFromGMT(for: utc("\(year)-\(month)-15T12:00:00Z")), -21_600, "\(year)-\(month)")
            }
        }
    }

    func testFixedOffsetStartsWhenTheLastSummerTimeEnded() {
        XCTAssertEqual(MexicoCityTime.fixedOffsetSince, utc("2022-10-30T07:00:00Z"))
        XCTAssertEqual(MexicoCityTime.offsetFromUTC(at: utc("2022-10-30T06:59:59Z")), -18_000)
        XCTAssertEqual(MexicoCityTime.offsetFromUTC(at: utc("2022-10-30T07:00:00Z")), -21_600)
    }

    func testOffsetBefore2022FollowsHistoricalSummerTime() {
        XCTAssertEqual(MexicoCityTime.offsetFromUTC(at: utc("2021-07-01T12:00:00Z")), -18_000)
        XCTAssertEqual(MexicoCityTime.offsetFromUTC(at: utc("2021-12-01T12:00:00Z")), -21_600)
    }

    func testOffsetSince2022IgnoresStaleZoneDataThatStillHasSummerTime() {
        // America/Chicago keeps the summer-time rules Mexico City had before 2022.
        let stale = TimeZone(identifier: "America/Chicago")!

        XCTAssertEqual(MexicoCityTime.offsetFromUTC(at: utc("2026-07-01T12:00:00Z"), zoneData: stale), -21_600)
        XCTAssertEqual(MexicoCityTime.offsetFromUTC(at: utc("2021-07-01T12:00:00Z"), zoneData: stale), -18_000)
    }

    func testWallClockIsSixHoursBehindUTCIn2026Summer() {
        let t = MexicoCityTime.wallClock(at: utc("2026-07-01T00:30:00Z"))

        XCTAssertEqual([t.year, t.month, t.day, t.hour, t.minute], [2026, 6, 30, 18, 30])
    }

    func testDateAtWallClockIsTheInverseOfWallClock() {
        let wall = CivilDateTime(year: 2026, month: 11, day: 25, hour: 17, minute: 30)!

        let instant = MexicoCityTime.date(at: wall)

        XCTAssertEqual(instant, utc("2026-11-25T23:30:00Z"))
        XCTAssertEqual(MexicoCityTime.wallClock(at: instant), wall)
    }

    func testDateAtWallClockUsesSummerTimeIn2021() {
        let wall = CivilDateTime(year: 2021, month: 7, day: 1, hour: 10)!

        XCTAssertEqual(MexicoCityTime.date(at: wall), utc("2021-07-01T15:00:00Z"))
    }
}

import Foundation

/// A wall-clock date and time (proleptic Gregorian calendar) with no time zone attached:
/// what a clock on the wall in some place reads at an instant.
///
/// Computed with integer arithmetic (Howard Hinnant's `days_from_civil` algorithms) instead of
/// `Foundation.Calendar`, so results are identical on every platform and need no ICU data.
public struct CivilDateTime: Hashable, Sendable {
    public let year: Int
    /// 1 = January … 12 = December.
    public let month: Int
    /// 1 … 31.
    public let day: Int
    /// 0 … 23.
    public let hour: Int
    /// 0 … 59.
    public let minute: Int
    /// 0 … 59.
    public let second: Int

    /// Creates a wall-clock time, or `nil` when a field is out of range
    /// (month 13, 31 April, 29 February in a common year, hour 24 …).
    public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        guard (1...12).contains(month),
            day >= 1, day <= CivilDateTime.daysIn(month: month, year: year),
            (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// Day of the week as in `Foundation.Calendar`: 1 = Sunday, 2 = Monday … 7 = Saturday.
    public var weekday: Int {
        // 1970-01-01 (day 0) was a Thursday (weekday 5).
        let days = CivilDateTime.daysFromCivil(year: year, month: month, day: day)
        return Int(((days % 7) + 7 + 4) % 7) + 1
    }

    /// Seconds since 1970-01-01T00:00:00 reading this wall-clock time as if it were UTC.
    var secondsSinceEpochAsUTC: Int64 {
        let days = CivilDateTime.daysFromCivil(year: year, month: month, day: day)
        return days * 86_400 + Int64(hour * 3_600 + minute * 60 + second)
    }

    /// The wall-clock reading `seconds` after 1970-01-01T00:00:00 (no zone).
    init(secondsSinceEpoch seconds: Int64) {
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        let secondOfDay = Int(seconds - days * 86_400)
        let (y, m, d) = CivilDateTime.civilFromDays(days)
        year = y
        month = m
        day = d
        hour = secondOfDay / 3_600
        minute = secondOfDay % 3_600 / 60
        second = secondOfDay % 60
    }

    /// Whole seconds since the epoch for `date`, rounded down (iCalendar and the formats here
    /// have no sub-second precision) and clamped to years 1…9999 so that no input can trap.
    static func epochSeconds(of date: Date) -> Int64 {
        let lowest = -62_135_596_800.0  // 0001-01-01T00:00:00Z
        let highest = 253_402_300_799.0  // 9999-12-31T23:59:59Z
        let t = date.timeIntervalSince1970
        guard t.isFinite else { return t > 0 ? Int64(highest) : Int64(lowest) }
        return Int64(min(max(t.rounded(.down), lowest), highest))
    }

    static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = Int64(month > 2 ? month - 3 : month + 9)
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date `days` after 1970-01-01.
    static func civilFromDays(_ days: Int64) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (Int(year), Int(month), Int(day))
    }
}

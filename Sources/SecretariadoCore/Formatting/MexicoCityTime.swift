import Foundation

/// Wall-clock time in Mexico City (`America/Mexico_City`), the zone every date in
/// Secretariado is shown in.
///
/// Mexico abolished daylight saving time with the *Ley de los Husos Horarios* of 2022: since
/// 2022-10-30 02:00 (CDT) the zone is fixed at UTC−06:00 ("CST"). For instants from then on
/// the offset is the constant −6 h, not a look-up, so a server with stale time-zone data
/// (which would still apply summer time) cannot shift a session by an hour. Older instants use
/// the platform's time-zone data, which holds the historical rules.
public enum MexicoCityTime {
    /// The IANA identifier of the zone.
    public static let identifier = "America/Mexico_City"

    /// The zone as a `TimeZone`; falls back to a fixed UTC−06:00 if the platform lacks it.
    public static let timeZone: TimeZone =
        TimeZone(identifier: identifier) ?? TimeZone(secondsFromGMT: fixedOffsetSeconds)!

    /// UTC−06:00, the only offset in force since `fixedOffsetSince`.
    public static let fixedOffsetSeconds = -6 * 3_600

    /// 2022-10-30T07:00:00Z = 02:00 CDT, when the last summer time ended.
    public static let fixedOffsetSince = Date(timeIntervalSince1970: 1_667_113_200)

    /// Seconds to add to UTC to get Mexico City's wall clock at `date` (−21600 since 2022).
    public static func offsetFromUTC(at date: Date) -> Int {
        offsetFromUTC(at: date, zoneData: timeZone)
    }

    /// `offsetFromUTC(at:)` with the time-zone data to use for instants before 2022 given,
    /// so tests can stand in a zone with stale rules.
    static func offsetFromUTC(at date: Date, zoneData: TimeZone) -> Int {
        if date >= fixedOffsetSince { return fixedOffsetSeconds }
        return zoneData.secondsFromGMT(for: date)
    }

    /// What a clock in Mexico City reads at `date` (sub-seconds dropped).
    public static func wallClock(at date: Date) -> CivilDateTime {
        let utc = CivilDateTime.epochSeconds(of: date)
        return CivilDateTime(secondsSinceEpoch: utc + Int64(offsetFromUTC(at: date)))
    }

    /// The instant at which Mexico City's clock reads `wallClock`, e.g. the start of a session
    /// typed into a form. Before 2022, a reading skipped or repeated by a summer-time change
    /// resolves to whichever instant the platform's time-zone data gives.
    public static func date(at wallClock: CivilDateTime) -> Date {
        let asUTC = wallClock.secondsSinceEpochAsUTC
        let fixed = Date(timeIntervalSince1970: TimeInterval(asUTC - Int64(fixedOffsetSeconds)))
        if fixed >= fixedOffsetSince { return fixed }
        // Historical rules: guess with the offset in force at the guess, then correct once.
        let first = Date(timeIntervalSince1970: TimeInterval(asUTC - Int64(offsetFromUTC(at: fixed))))
        return Date(timeIntervalSince1970: TimeInterval(asUTC - Int64(offsetFromUTC(at: first))))
    }
}

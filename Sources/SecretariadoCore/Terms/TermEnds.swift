import Foundation

/// When the terms of an STL's representatives end, by the charter's term length (the
/// Mecanismo de Gobernanza's «termMonths») or a term's own end date, and which of them
/// deserve a warning: those ending within `warningDays`, and those already over whose holder
/// is still in the seat (a successor's appointment ends the term, so a current term past
/// its end has no successor). Days are counted on Mexico City's calendar.
public enum TermEnds {
    public static let warningDays = 30

    /// The last day of a term: its own end date, else the start plus the charter's months
    /// (the 31st of a shorter month falls on that month's last day). `nil` when neither is known.
    public static func endDate(of term: CurrentTerm, termMonths: Int?) -> Date? {
        if let own = term.endsOn { return startOfDay(own) }
        guard let months = termMonths, months > 0, let start = term.startsOn else { return nil }
        let day = MexicoCityTime.wallClock(at: start)
        let total = day.year * 12 + (day.month - 1) + months
        let (year, month) = (total / 12, total % 12 + 1)
        let lastDay = daysIn(month: month, year: year)
        guard let civil = CivilDateTime(year: year, month: month, day: min(day.day, lastDay)) else { return nil }
        return MexicoCityTime.date(at: civil)
    }

    /// The warnings for `terms` on `today`, soonest (or longest overdue) first.
    public static func warnings(for terms: [CurrentTerm], termMonths: Int?, today: Date) -> [TermEndWarning] {
        terms.compactMap { term -> TermEndWarning? in
            guard let end = endDate(of: term, termMonths: termMonths) else { return nil }
            let left = days(from: today, to: end)
            guard left <= warningDays else { return nil }
            return TermEndWarning(term: term, endsOn: end, daysLeft: left)
        }
        .sorted { ($0.daysLeft, $0.term.seat.es, $0.term.role.rawValue) < ($1.daysLeft, $1.term.seat.es, $1.term.role.rawValue) }
    }

    /// Whole calendar days between two instants' Mexico City dates.
    static func days(from: Date, to: Date) -> Int {
        dayNumber(MexicoCityTime.wallClock(at: to)) - dayNumber(MexicoCityTime.wallClock(at: from))
    }

    private static func startOfDay(_ date: Date) -> Date {
        let t = MexicoCityTime.wallClock(at: date)
        return CivilDateTime(year: t.year, month: t.month, day: t.day).map(MexicoCityTime.date(at:)) ?? date
    }

    /// Days since 1970-01-01 of a civil date (proleptic Gregorian).
    private static func dayNumber(_ t: CivilDateTime) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let date = calendar.date(from: DateComponents(year: t.year, month: t.month, day: t.day))!
        return Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

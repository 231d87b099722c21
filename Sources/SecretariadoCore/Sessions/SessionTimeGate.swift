import Foundation

/// What a session admits given the time, read against the instant it was convened for (its
/// start in Mexico City time, stored as an instant). A session's conduct (attendance, motions,
/// votes, closing a vote, finalising the minutes) cannot be recorded before it starts; its
/// agenda can be edited, reordered and withdrawn from only until it starts; it concludes only
/// once started. (Convening or rescheduling for a past moment is `NoticePeriod`'s rule.) `now`
/// is always a parameter: the rule never reads the clock itself, so tests fix it.
public enum SessionTimeGate {
    /// Why conduct is refused before the start: says when it opens.
    public static func notYetOpen(startsAt: Date?, now: Date) -> Localized? {
        guard let startsAt, now < startsAt else { return nil }
        return opensAt(startsAt)
    }

    /// "It can be recorded from …": when a session's conduct opens.
    public static func opensAt(_ startsAt: Date) -> Localized {
        Localized(
            es: "Se podrá registrar a partir del \(MexicanFormat.date(startsAt, language: .es)), \(clock(startsAt)) (hora de la Ciudad de México).",
            en: "It can be recorded from \(MexicanFormat.date(startsAt, language: .en)), \(clock(startsAt)) (Mexico City time).")
    }

    /// Whether the agenda can still change: until the session starts (a session without a
    /// start, still only requested, can change).
    public static func agendaEditable(startsAt: Date?, now: Date) -> Bool {
        guard let startsAt else { return true }
        return now < startsAt
    }

    /// A session concludes only once its date has come: not before the start.
    public static func canConclude(startsAt: Date?, now: Date) -> Bool {
        guard let startsAt else { return false }
        return now >= startsAt
    }

    /// `10:00`, 24-hour, Mexico City.
    private static func clock(_ date: Date) -> String {
        let t = MexicoCityTime.wallClock(at: date)
        return "\(t.hour < 10 ? "0" : "")\(t.hour):\(t.minute < 10 ? "0" : "")\(t.minute)"
    }
}

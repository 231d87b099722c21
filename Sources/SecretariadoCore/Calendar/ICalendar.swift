import Foundation

/// An RFC 5545 calendar for publishing (`METHOD:PUBLISH`), e.g. a forum's
/// `sessions.ics` subscription feed.
///
/// ```swift
/// let session = try ICalendarEvent(
///     uid: "sesion-42@secretariado.mx", stamp: publishedAt,
///     start: start, end: start.addingTimeInterval(7_200),
///     summary: "Sesión ordinaria", location: "Sala de juntas, Morelia")
/// let ics = ICalendar(name: "STL Michoacán — sesiones", events: [session]).serialized()
/// ```
///
/// Time zone choice: DTSTART/DTEND/DTSTAMP/LAST-MODIFIED are written in UTC (`…T233000Z`).
/// A UTC time names one instant that every client converts the same way without consulting
/// any time-zone database, whereas a `TZID=America/Mexico_City` local time is interpreted,
/// by many clients, with their own copy of the IANA rules — and copies older than the 2022
/// abolition of summer time in Mexico would move April–October sessions by one hour. Events
/// here never recur, so nothing needs local-time recurrence rules. The calendar still says it
/// belongs to Mexico City: `X-WR-TIMEZONE` (read by Google Calendar and Apple Calendar as the
/// display zone) and a `VTIMEZONE` with the zone's single current rule, fixed UTC−06:00 "CST"
/// since 2022-10-30 02:00 (when CDT −05:00 ended), for clients that use it.
///
/// The output is deterministic: the same value always gives the same bytes.
public struct ICalendar: Hashable, Sendable {
    /// The HTTP `Content-Type` of a serialised calendar.
    public static let mediaType = "text/calendar; charset=utf-8"
    /// PRODID used when none is given (RFC 5545 §3.7.3: an FPI-like unique identifier).
    public static let defaultProductIdentifier = "-//Secretariado//Secretariado//ES"

    /// PRODID: identifies the program that made the calendar.
    public var productIdentifier: String
    /// X-WR-CALNAME: the name a client shows for the subscribed calendar.
    public var name: String
    /// The events, written in this order (sort them before for a stable file).
    public var events: [ICalendarEvent]
    /// METHOD: `PUBLISH` for a feed; `REQUEST` or `CANCEL` for an invitation sent by e-mail
    /// (iTIP, RFC 5546, carried as iMIP, RFC 6047).
    public var method: ICalendarMethod

    public init(
        productIdentifier: String = ICalendar.defaultProductIdentifier,
        name: String,
        events: [ICalendarEvent],
        method: ICalendarMethod = .publish
    ) {
        self.productIdentifier = productIdentifier
        self.name = name
        self.events = events
        self.method = method
    }

    /// The calendar as text: CRLF line endings, lines folded at 75 octets.
    public func serialized() -> String {
        typealias T = ICalendarText
        var out = "BEGIN:VCALENDAR\r\n"
        out += T.contentLine("VERSION", "2.0")
        out += T.contentLine("PRODID", T.escape(productIdentifier))
        out += T.contentLine("CALSCALE", "GREGORIAN")
        out += T.contentLine("METHOD", method.rawValue)
        out += T.contentLine("X-WR-CALNAME", T.escape(name))
        out += T.contentLine("X-WR-TIMEZONE", MexicoCityTime.identifier)
        out += ICalendar.mexicoCityTimeZoneComponent
        for event in events {
            out += event.component
        }
        out += "END:VCALENDAR\r\n"
        return out
    }

    /// The calendar as UTF-8 bytes, ready to serve as `mediaType`.
    public func data() -> Data {
        Data(serialized().utf8)
    }

    /// VTIMEZONE for America/Mexico_City with only the rule in force since 2022-10-30: onset
    /// 02:00 local while still on CDT (−05:00), i.e. 07:00 UTC, and UTC−06:00 from then on.
    /// Earlier rules are left out on purpose: every time written here is in UTC. Being always
    /// present, it also keeps a calendar with no events valid (RFC 5545 requires at least one
    /// component).
    static let mexicoCityTimeZoneComponent = [
        "BEGIN:VTIMEZONE",
        "TZID:\(MexicoCityTime.identifier)",
        "BEGIN:STANDARD",
        "DTSTART:20221030T020000",
        "TZOFFSETFROM:-0500",
        "TZOFFSETTO:-0600",
        "TZNAME:CST",
        "END:STANDARD",
        "END:VTIMEZONE",
    ].map { $0 + "\r\n" }.joined()
}

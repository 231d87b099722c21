import Foundation

/// One VEVENT of an `ICalendar`: a session of a forum, for instance.
///
/// Validated when built, so that a calendar, once it has its events, always serialises.
public struct ICalendarEvent: Hashable, Sendable {
    /// STATUS of a VEVENT (RFC 5545 §3.8.1.11).
    public enum Status: String, Hashable, Sendable, CaseIterable {
        case confirmed = "CONFIRMED"
        case tentative = "TENTATIVE"
        case cancelled = "CANCELLED"
    }

    /// Globally unique and stable across publications, e.g. `sesion-42@secretariado.mx`:
    /// calendar clients match updates and cancellations to what they hold by UID.
    public let uid: String
    /// DTSTAMP: when this version of the event was published. Given by the caller, never
    /// "now", so that the same data give byte-identical files (and stable HTTP ETags).
    public let stamp: Date
    public let start: Date
    public let end: Date
    public let summary: String
    public let description: String?
    public let location: String?
    public let url: URL?
    public let status: Status?
    /// SEQUENCE: the revision number; raise it on every significant change (new time,
    /// cancellation) so that clients replace their copy.
    public let sequence: Int
    public let lastModified: Date?
    public let categories: [String]
    /// ORGANIZER: who sends an invitation; required by iTIP for `REQUEST` and `CANCEL`.
    public let organizer: ICalendarParticipant?
    /// ATTENDEE lines of an invitation.
    public let attendees: [ICalendarParticipant]

    public init(
        uid: String,
        stamp: Date,
        start: Date,
        end: Date,
        summary: String,
        description: String? = nil,
        location: String? = nil,
        url: URL? = nil,
        status: Status? = .confirmed,
        sequence: Int = 0,
        lastModified: Date? = nil,
        categories: [String] = [],
        organizer: ICalendarParticipant? = nil,
        attendees: [ICalendarParticipant] = []
    ) throws(ICalendarError) {
        guard uid.contains(where: { !$0.isWhitespace }) else { throw .emptyUID }
        // Compared at the resolution written (whole seconds), so what is checked is what is
        // published.
        guard CivilDateTime.epochSeconds(of: end) > CivilDateTime.epochSeconds(of: start) else {
            throw .endNotAfterStart(uid: uid)
        }
        guard sequence >= 0 else { throw .negativeSequence(uid: uid) }
        if let url {
            // A URI value is written verbatim (no TEXT escaping), so it must be one clean token.
            let text = url.absoluteString
            guard url.scheme != nil,
                !text.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F })
            else { throw .invalidURL(uid: uid) }
        }
        guard categories.allSatisfy({ $0.contains(where: { !$0.isWhitespace }) }) else {
            throw .emptyCategory(uid: uid)
        }
        self.uid = uid
        self.stamp = stamp
        self.start = start
        self.end = end
        self.summary = summary
        self.description = description
        self.location = location
        self.url = url
        self.status = status
        self.sequence = sequence
        self.lastModified = lastModified
        self.categories = categories
        self.organizer = organizer
        self.attendees = attendees
    }

    /// The VEVENT component, folded, every line ending in CRLF.
    ///
    /// DTSTART and DTEND are written in UTC ("Z"), see `ICalendar` for why.
    var component: String {
        typealias T = ICalendarText
        var out = "BEGIN:VEVENT\r\n"
        out += T.contentLine("UID", T.escape(uid))
        out += T.contentLine("DTSTAMP", T.utcDateTime(stamp))
        out += T.contentLine("DTSTART", T.utcDateTime(start))
        out += T.contentLine("DTEND", T.utcDateTime(end))
        out += T.contentLine("SUMMARY", T.escape(summary))
        if let description { out += T.contentLine("DESCRIPTION", T.escape(description)) }
        if let location { out += T.contentLine("LOCATION", T.escape(location)) }
        if let url { out += T.contentLine("URL", url.absoluteString) }
        if let status { out += T.contentLine("STATUS", status.rawValue) }
        out += T.contentLine("SEQUENCE", String(sequence))
        if let lastModified { out += T.contentLine("LAST-MODIFIED", T.utcDateTime(lastModified)) }
        if !categories.isEmpty {
            // CATEGORIES is a list: each item escaped, items joined by an unescaped comma.
            out += T.contentLine("CATEGORIES", categories.map(T.escape).joined(separator: ","))
        }
        if let organizer { out += T.fold("ORGANIZER" + organizer.parameters(attendee: false) + ":" + organizer.calAddress) }
        for attendee in attendees {
            out += T.fold("ATTENDEE" + attendee.parameters(attendee: true) + ":" + attendee.calAddress)
        }
        out += "END:VEVENT\r\n"
        return out
    }
}

/// Why an `ICalendarEvent` could not be built.
public enum ICalendarError: Error, Hashable, Sendable {
    /// The UID is empty or blank.
    case emptyUID
    /// The event ends at or before its start (compared in whole seconds).
    case endNotAfterStart(uid: String)
    /// SEQUENCE must be 0 or more.
    case negativeSequence(uid: String)
    /// The URL is relative or contains spaces or control characters.
    case invalidURL(uid: String)
    /// A category is empty or blank.
    case emptyCategory(uid: String)
}

import Foundation

/// An ORGANIZER or ATTENDEE of an invitation: a `mailto:` address with a display name.
public struct ICalendarParticipant: Hashable, Sendable {
    public let email: String
    public let name: String?

    public init(email: String, name: String? = nil) {
        self.email = email
        self.name = name
    }

    /// The CAL-ADDRESS value. An address is one token: anything that could break the content
    /// line (controls, spaces, `:` is fine in a URI) is dropped rather than escaped, since
    /// URI values have no escaping.
    var calAddress: String {
        let clean = String(String.UnicodeScalarView(email.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }))
        return "mailto:" + clean
    }

    /// `;CN="…"` (and for attendees the role and reply settings). A parameter value cannot
    /// be escaped (RFC 5545 §3.2), so DQUOTE and control characters are dropped and the
    /// name is always quoted, which lets it hold `;`, `:` and `,`.
    func parameters(attendee: Bool) -> String {
        var out = ""
        if let name {
            let safe = String(
                String.UnicodeScalarView(
                    name.unicodeScalars.filter {
                        $0 != "\"" && ($0.value >= 0x20 || $0 == "\t") && $0.value != 0x7F
                    }))
            if !safe.isEmpty { out += ";CN=\"\(safe)\"" }
        }
        if attendee {
            // Nobody is asked to reply through the calendar: attendance is recorded in the
            // session itself, so RSVP=FALSE keeps clients from sending replies nobody reads.
            out += ";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE"
        }
        return out
    }
}

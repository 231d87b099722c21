import Foundation

/// One e-mail as the platform means it: who, what, in which language, with an optional
/// calendar invitation. `MailMessage.rendered()` turns it into the bytes an SMTP server or
/// an `.eml` file receives (RFC 5322 with MIME).
public struct MailMessage: Hashable, Sendable, Codable {
    public struct Address: Hashable, Sendable, Codable {
        public var email: String
        public var name: String?
        public init(email: String, name: String? = nil) {
            self.email = email
            self.name = name
        }
    }

    /// A `text/calendar` part (iMIP, RFC 6047): `method` is the iTIP METHOD the calendar
    /// text carries (`REQUEST`, `CANCEL`).
    public struct CalendarPart: Hashable, Sendable, Codable {
        public var method: String
        public var text: String
        public init(method: String, text: String) {
            self.method = method
            self.text = text
        }
    }

    public var from: Address
    public var to: [Address]
    public var subject: String
    /// Plain text, always present: the HTML part is an alternative, never the only copy.
    public var text: String
    public var html: String?
    public var calendar: CalendarPart?
    /// Without angle brackets, e.g. `8f3…@secretariado.local`. Stable for a message, so a
    /// delivery repeated after a crash carries the same identity.
    public var messageID: String
    public var date: Date
    /// Extra header fields in order (`List-Unsubscribe`, `List-Unsubscribe-Post`, …), ASCII.
    public var headers: [Header]

    public struct Header: Hashable, Sendable, Codable {
        public var name: String
        public var value: String
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(
        from: Address, to: [Address], subject: String, text: String, html: String? = nil,
        calendar: CalendarPart? = nil, messageID: String, date: Date, headers: [Header] = []
    ) {
        self.from = from
        self.to = to
        self.subject = subject
        self.text = text
        self.html = html
        self.calendar = calendar
        self.messageID = messageID
        self.date = date
        self.headers = headers
    }
}

import Foundation

extension MailMessage {
    /// Fields the renderer writes itself; an extra header may not replace them.
    static let reservedHeaderNames: Set<String> = [
        "from", "to", "cc", "bcc", "subject", "date", "message-id", "mime-version",
        "content-type", "content-transfer-encoding", "sender", "reply-to",
    ]

    /// Checks everything that cannot be made safe by rewriting it — the addresses, the
    /// Message-ID, extra header names, the calendar method — and renders the message.
    /// This is the path for sending: a message that passes is rendered exactly as given.
    public func render() throws(MailMessageError) -> String {
        try validate()
        return rendered()
    }

    /// Throws the first rule the message breaks (see `render()`).
    public func validate() throws(MailMessageError) {
        try MailAddressSyntax.check(from.email)
        guard !to.isEmpty else { throw .noRecipients }
        for recipient in to { try MailAddressSyntax.check(recipient.email) }
        guard Self.isValidMessageID(messageID) else { throw .invalidMessageID(messageID) }
        for header in headers {
            guard Self.isValidHeaderName(header.name) else { throw .invalidHeaderName(header.name) }
            let field = MailHeaderField.extra(name: header.name, value: header.value)
            guard field.longestLine <= MailHeaderField.hardLineLength else { throw .headerTooLong(header.name) }
        }
        if let calendar, !Self.isValidMethod(calendar.method) { throw .invalidCalendarMethod(calendar.method) }
    }

    /// The message as RFC 5322 text with MIME, CRLF line ends: header lines of at most 78
    /// characters where possible (never 998), RFC 2047 encoded-words for non-ASCII subjects
    /// and names, text and HTML in UTF-8 quoted-printable, the calendar (iMIP, RFC 6047) in
    /// base64, parts in `multipart/alternative` under a boundary derived from the Message-ID.
    /// It never throws: line breaks in header values become spaces, and what `render()`
    /// would refuse is defused (characters dropped, headers left out) instead.
    public func rendered() -> String {
        var fields: [MailHeaderField] = []
        var date = MailHeaderField(name: "Date")
        date.append(MailDate.format(self.date))
        fields.append(date)
        fields.append(Self.addressField(name: "From", [from]))
        fields.append(Self.addressField(name: "To", to))
        fields.append(.unstructured(name: "Subject", value: subject))
        var id = MailHeaderField(name: "Message-ID")
        id.append("<\(Self.defusedMessageID(messageID))>")
        fields.append(id)
        var version = MailHeaderField(name: "MIME-Version")
        version.append("1.0")
        fields.append(version)
        for header in headers where Self.isValidHeaderName(header.name) {
            let field = MailHeaderField.extra(name: header.name, value: header.value)
            if field.longestLine <= MailHeaderField.hardLineLength { fields.append(field) }
        }

        var parts: [(headers: [String], body: [String])] = [Self.textPart("text/plain; charset=utf-8", text)]
        if let html { parts.append(Self.textPart("text/html; charset=utf-8", html)) }
        if let calendar {
            let method = Self.isValidMethod(calendar.method) ? calendar.method.uppercased() : "REQUEST"
            parts.append(
                (
                    ["Content-Type: text/calendar; charset=utf-8; method=\(method)", "Content-Transfer-Encoding: base64"],
                    Self.base64Lines(calendar.text)
                ))
        }

        var lines: [String] = fields.map(\.text)
        if parts.count == 1 {
            lines += parts[0].headers
            lines.append("")
            lines += parts[0].body
            return lines.joined(separator: "\r\n") + "\r\n"
        }
        let boundary = MailBoundary.make(messageID: messageID)
        var type = MailHeaderField(name: "Content-Type")
        type.append("multipart/alternative;")
        type.append("boundary=\"\(boundary)\"")
        lines.append(type.text)
        lines.append("")
        for part in parts {
            lines.append("--\(boundary)")
            lines += part.headers
            lines.append("")
            lines += part.body
        }
        lines.append("--\(boundary)--")
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func textPart(_ type: String, _ text: String) -> (headers: [String], body: [String]) {
        (["Content-Type: \(type)", "Content-Transfer-Encoding: quoted-printable"], QuotedPrintable.encode(text))
    }

    static func addressField(name: String, _ addresses: [Address]) -> MailHeaderField {
        var field = MailHeaderField(name: name)
        for (index, address) in addresses.enumerated() {
            appendMailbox(address, to: &field, last: index == addresses.count - 1)
        }
        return field
    }

    /// `Name <local@domain>`: the name as plain words when it is simple ASCII, a quoted
    /// string when it holds specials (`,` `;` `"` …), encoded-words when it is not ASCII.
    static func appendMailbox(_ address: Address, to field: inout MailHeaderField, last: Bool) {
        let email = "<\(MailAddressSyntax.defused(address.email))>" + (last ? "" : ",")
        let name = MailText.singleLine(address.name ?? "").trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else {
            field.append(email)
            return
        }
        let ascii = name.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        if ascii && !name.contains("=?") && name.count < 900 {
            let atext = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~ ".utf8)
            if name.utf8.allSatisfy(atext.contains) {
                for word in name.split(separator: " ") { field.append(String(word)) }
            } else {
                let quoted = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                field.append("\"\(quoted)\"")
            }
        } else {
            field.appendEncodedWords(name, fillLine: false)
        }
        field.append(email)
    }

    static func base64Lines(_ text: String) -> [String] {
        let encoded = Array(Data(text.utf8).base64EncodedString().utf8)
        return stride(from: 0, to: encoded.count, by: 76).map { start in
            String(decoding: encoded[start..<min(start + 76, encoded.count)], as: UTF8.self)
        }
    }

    /// RFC 5322 §3.6.4 `id-left "@" id-right` in visible ASCII, without brackets or specials.
    static func isValidMessageID(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard !bytes.isEmpty, bytes.count <= 250, bytes.filter({ $0 == UInt8(ascii: "@") }).count == 1,
            bytes.first != UInt8(ascii: "@"), bytes.last != UInt8(ascii: "@")
        else { return false }
        return bytes.allSatisfy { MailText.isASCIIVisible($0) && !"<>()[]\\,;:\"".utf8.contains($0) }
    }

    static func defusedMessageID(_ id: String) -> String {
        String(decoding: id.utf8.filter { MailText.isASCIIVisible($0) && !"<>()[]\\,;:\"".utf8.contains($0) }.prefix(250), as: UTF8.self)
    }

    /// RFC 5322 §3.6.8 field name (visible ASCII but `:`), and not one the renderer writes.
    static func isValidHeaderName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 76 && name.utf8.allSatisfy { MailText.isASCIIVisible($0) && $0 != UInt8(ascii: ":") }
            && !reservedHeaderNames.contains(name.lowercased())
    }

    static func isValidMethod(_ method: String) -> Bool {
        !method.isEmpty && method.count <= 32
            && method.utf8.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == UInt8(ascii: "-") }
    }
}

import Foundation

extension MailMessage {
    /// The message as RFC 5322 text with CRLF line ends: UTF-8 parts in base64 (lines of 76),
    /// an RFC 2047 subject and display names when they are not plain ASCII.
    public func rendered() -> String {
        var lines: [String] = []
        lines.append("From: \(Self.mailbox(from))")
        lines.append("To: \(to.map(Self.mailbox).joined(separator: ", "))")
        lines.append("Subject: \(Self.encodedWord(subject))")
        lines.append("Date: \(Self.rfc5322Date(date))")
        lines.append("Message-ID: <\(messageID)>")
        lines.append("MIME-Version: 1.0")
        for header in headers { lines.append("\(header.name): \(header.value)") }
        let boundary = "=_secretariado_\(abs(messageID.hashValue))"
        var parts: [(String, String)] = [("text/plain; charset=utf-8", text)]
        if let html { parts.append(("text/html; charset=utf-8", html)) }
        if let calendar { parts.append(("text/calendar; charset=utf-8; method=\(calendar.method)", calendar.text)) }
        lines.append("Content-Type: multipart/alternative; boundary=\"\(boundary)\"")
        lines.append("")
        for (type, body) in parts {
            lines.append("--\(boundary)")
            lines.append("Content-Type: \(type)")
            lines.append("Content-Transfer-Encoding: base64")
            lines.append("")
            lines.append(contentsOf: Self.base64Lines(body))
        }
        lines.append("--\(boundary)--")
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func mailbox(_ address: Address) -> String {
        guard let name = address.name, !name.isEmpty else { return "<\(address.email)>" }
        return "\(encodedWord(name)) <\(address.email)>"
    }

    static func encodedWord(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
        if plain { return text }
        return "=?UTF-8?B?\(Data(text.utf8).base64EncodedString())?="
    }

    static func base64Lines(_ text: String) -> [String] {
        let encoded = Data(text.utf8).base64EncodedString()
        return stride(from: 0, to: encoded.count, by: 76).map { start in
            let from = encoded.index(encoded.startIndex, offsetBy: start)
            let until = encoded.index(from, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            return String(encoded[from..<until])
        }
    }

    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}

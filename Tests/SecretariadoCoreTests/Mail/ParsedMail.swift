import Foundation

/// A small, independent reader of what `MailMessage.rendered()` writes, so the tests check
/// the bytes against the RFCs rather than against the renderer's own helpers.
struct ParsedMail {
    struct Part {
        var headers: [(name: String, value: String)]
        var rawBody: String
        func header(_ name: String) -> String? { headers.first { $0.name.lowercased() == name.lowercased() }?.value }
        /// The body decoded by its Content-Transfer-Encoding.
        var decodedBody: String? {
            switch header("Content-Transfer-Encoding")?.lowercased() {
            case "quoted-printable": return ParsedMail.decodeQuotedPrintable(rawBody)
            case "base64":
                guard let data = Data(base64Encoded: rawBody.replacingOccurrences(of: "\r\n", with: "")) else { return nil }
                return String(data: data, encoding: .utf8)
            default: return rawBody
            }
        }
    }

    var raw: String
    var headerLines: [String]
    var top: Part
    var parts: [Part]

    init?(_ raw: String) {
        self.raw = raw
        guard let split = raw.range(of: "\r\n\r\n") else { return nil }
        let headerBlock = String(raw[raw.startIndex..<split.lowerBound])
        headerLines = headerBlock.components(separatedBy: "\r\n")
        top = Part(headers: Self.unfold(headerLines), rawBody: String(raw[split.upperBound...]))
        parts = []
        if let type = top.header("Content-Type"), type.lowercased().hasPrefix("multipart/"),
            let boundary = Self.parameter("boundary", in: type)
        {
            let body = "\r\n" + top.rawBody
            var chunks = body.components(separatedBy: "\r\n--" + boundary)
            guard chunks.count >= 3, chunks.last?.hasPrefix("--") == true else { return nil }
            chunks.removeFirst()  // preamble
            chunks.removeLast()  // after the close delimiter
            for chunk in chunks {
                // Each chunk starts with the CRLF ending the delimiter line.
                guard chunk.hasPrefix("\r\n") else { return nil }
                let text = String(decoding: chunk.utf8.dropFirst(2), as: UTF8.self)
                guard let end = text.range(of: "\r\n\r\n") else { return nil }
                let lines = String(text[text.startIndex..<end.lowerBound]).components(separatedBy: "\r\n")
                parts.append(Part(headers: Self.unfold(lines), rawBody: String(text[end.upperBound...])))
            }
        } else {
            // A single part: its body ends with the message's final CRLF.
            var body = top.rawBody
            if body.hasSuffix("\r\n") { body = String(decoding: body.utf8.dropLast(2), as: UTF8.self) }
            parts = [Part(headers: top.headers, rawBody: body)]
        }
    }

    func header(_ name: String) -> String? { top.header(name) }
    func headers(named name: String) -> [String] { top.headers.filter { $0.name.lowercased() == name.lowercased() }.map(\.value) }

    /// RFC 5322 §2.2.3: a line starting with whitespace continues the previous one; removing
    /// the CRLF gives the field back.
    static func unfold(_ lines: [String]) -> [(name: String, value: String)] {
        var fields: [String] = []
        for line in lines {
            if line.hasPrefix(" ") || line.hasPrefix("\t"), !fields.isEmpty {
                fields[fields.count - 1] += line
            } else {
                fields.append(line)
            }
        }
        return fields.compactMap { field in
            guard let colon = field.firstIndex(of: ":") else { return nil }
            let value = field[field.index(after: colon)...].drop { $0 == " " || $0 == "\t" }
            return (String(field[..<colon]), String(value))
        }
    }

    static func parameter(_ name: String, in value: String) -> String? {
        for piece in value.components(separatedBy: ";").dropFirst() {
            let pair = piece.trimmingCharacters(in: .whitespaces)
            guard let equals = pair.firstIndex(of: "=") else { continue }
            guard pair[..<equals].lowercased() == name.lowercased() else { continue }
            var result = String(pair[pair.index(after: equals)...])
            if result.hasPrefix("\""), result.hasSuffix("\""), result.count >= 2 { result = String(result.dropFirst().dropLast()) }
            return result
        }
        return nil
    }

    /// The encoded-words of RFC 2047 (B and Q) in `value` decoded; whitespace between two
    /// adjacent encoded-words is dropped (§6.2).
    static func decodeEncodedWords(_ value: String) -> String? {
        var output: [UInt8] = []
        var pendingSpace: [UInt8] = []
        var lastWasEncoded = false
        var rest = Substring(value)
        while !rest.isEmpty {
            if rest.hasPrefix("=?"), let word = encodedWord(at: rest) {
                guard let bytes = word.bytes else { return nil }
                if !lastWasEncoded { output += pendingSpace }
                pendingSpace = []
                output += bytes
                lastWasEncoded = true
                rest = rest.dropFirst(word.length)
                continue
            }
            let character = rest.first!
            if character == " " || character == "\t" {
                pendingSpace += Array(String(character).utf8)
            } else {
                output += pendingSpace
                pendingSpace = []
                output += Array(String(character).utf8)
                lastWasEncoded = false
            }
            rest = rest.dropFirst()
        }
        output += pendingSpace
        return String(bytes: output, encoding: .utf8)
    }

    /// Every encoded-word in `value`, as it was written.
    static func encodedWords(in value: String) -> [String] {
        var words: [String] = []
        var rest = Substring(value)
        while let start = rest.range(of: "=?") {
            rest = rest[start.lowerBound...]
            guard let word = encodedWord(at: rest) else {
                rest = rest.dropFirst(2)
                continue
            }
            words.append(String(rest.prefix(word.length)))
            rest = rest.dropFirst(word.length)
        }
        return words
    }

    private static func encodedWord(at text: Substring) -> (length: Int, bytes: [UInt8]?)? {
        let pieces = text.dropFirst(2).split(separator: "?", maxSplits: 3, omittingEmptySubsequences: false)
        guard pieces.count == 4, pieces[3].hasPrefix("=") else { return nil }
        let charset = pieces[0]
        let encoding = pieces[1].uppercased()
        let payload = String(pieces[2])
        guard charset.uppercased() == "UTF-8" else { return nil }
        let length = 2 + charset.count + 1 + encoding.count + 1 + payload.count + 2
        switch encoding {
        case "B": return (length, Data(base64Encoded: payload).map { Array($0) })
        case "Q": return (length, decodeQ(payload))
        default: return nil
        }
    }

    private static func decodeQ(_ payload: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        var input = Array(payload.utf8)[...]
        while let byte = input.popFirst() {
            if byte == UInt8(ascii: "_") {
                bytes.append(0x20)
            } else if byte == UInt8(ascii: "=") {
                guard input.count >= 2, let value = UInt8(String(decoding: input.prefix(2), as: UTF8.self), radix: 16) else { return nil }
                bytes.append(value)
                input = input.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return bytes
    }

    /// RFC 2045 §6.7: "=XX" is a byte, "=" at a line end a soft break, CRLF a line break.
    static func decodeQuotedPrintable(_ text: String) -> String? {
        var bytes: [UInt8] = []
        let lines = text.components(separatedBy: "\r\n")
        for (index, line) in lines.enumerated() {
            var input = Array(line.utf8)[...]
            var soft = false
            while let byte = input.popFirst() {
                if byte == UInt8(ascii: "=") {
                    if input.isEmpty {
                        soft = true
                        break
                    }
                    guard input.count >= 2, let value = UInt8(String(decoding: input.prefix(2), as: UTF8.self), radix: 16) else { return nil }
                    bytes.append(value)
                    input = input.dropFirst(2)
                } else {
                    bytes.append(byte)
                }
            }
            if !soft && index < lines.count - 1 { bytes += [0x0D, 0x0A] }
        }
        return String(bytes: bytes, encoding: .utf8)
    }

    /// True when every line break is CRLF: no bare LF and no bare CR anywhere.
    static func usesCRLFOnly(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0A && (index == 0 || bytes[index - 1] != 0x0D) { return false }
            if byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A) { return false }
        }
        return true
    }
}

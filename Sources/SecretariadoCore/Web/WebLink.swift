import Foundation

/// Web addresses people type (an organisation's site, evidence, receipts, materials):
/// stored only as http(s) URLs that were parsed and written back in one canonical form,
/// so what is shown later is a plain link and never markup or script.
public enum WebLink {
    public static let maxLength = 2000

    /// The address re-serialised (scheme and host in lower case, characters outside the URL
    /// grammar percent-encoded, `'` too), or `nil` when it is not an absolute http(s) URL
    /// with a host, has user information, control characters or a malformed port.
    public static func normalize(_ raw: String) -> String? {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, text.count <= maxLength,
            !text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
        else { return nil }
        guard let separator = text.range(of: "://") else { return nil }
        let scheme = text[..<separator.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let rest = text[separator.upperBound...]
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" || $0 == "\\" }) ?? rest.endIndex
        if authorityEnd < rest.endIndex, rest[authorityEnd] == "\\" { return nil }
        let authority = rest[..<authorityEnd]
        guard !authority.isEmpty, !authority.contains("@") else { return nil }
        var host = Substring(authority)
        var port: Substring?
        if let colon = authority.lastIndex(of: ":"), !authority.hasPrefix("[") || authority[..<colon].hasSuffix("]") {
            host = authority[..<colon]
            port = authority[authority.index(after: colon)...]
        }
        if let port {
            guard !port.isEmpty, port.count <= 5, port.allSatisfy({ $0.isASCII && $0.isNumber }),
                let number = Int(port), (1...65535).contains(number)
            else { return nil }
        }
        guard validHost(host) else { return nil }
        let tail = rest[authorityEnd...]
        var out = scheme + "://" + host.lowercased()
        if let port { out += ":" + port }
        out += encode(tail)
        guard out.count <= maxLength else { return nil }
        return out
    }

    /// The scheme of a URL as a browser reads it (ASCII tab and newlines ignored, leading
    /// spaces and controls dropped), lower-cased; `nil` for a relative reference.
    public static func scheme(of value: String) -> String? {
        var scalars = value.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }[...]
        while let first = scalars.first, first.value <= 0x20 { scalars = scalars.dropFirst() }
        var scheme = ""
        for scalar in scalars {
            if scalar == ":" { return scheme.isEmpty ? nil : scheme.lowercased() }
            let isLetter = (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
            let isDigit = scalar >= "0" && scalar <= "9"
            guard isLetter || (!scheme.isEmpty && (isDigit || scalar == "+" || scalar == "-" || scalar == ".")) else { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }

    private static func validHost(_ host: Substring) -> Bool {
        if host.hasPrefix("[") {
            let inner = host.dropFirst().dropLast()
            return host.hasSuffix("]") && !inner.isEmpty && inner.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
        }
        guard !host.isEmpty, !host.hasPrefix("."), !host.hasPrefix("-"), !host.contains("..") else { return false }
        // Letters of any script (internationalised names), digits, dots and hyphens.
        return host.allSatisfy {
            $0 == "." || $0 == "-" || (!$0.isASCII && ($0.isLetter || $0.isNumber)) || ($0.isASCII && ($0.isLetter || $0.isNumber))
        }
    }

    /// Characters a URL may carry as they are; everything else is percent-encoded
    /// (an existing `%XX` is kept, so normalising twice changes nothing).
    private static let kept: Set<UInt8> = Set(
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&()*+,;=:@/?#".utf8))

    static func encode(_ text: Substring) -> String {
        let bytes = Array(text.utf8)
        var out = ""
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count, isHex(bytes[index + 1]), isHex(bytes[index + 2]) {
                out += "%" + String(UnicodeScalar(bytes[index + 1])) + String(UnicodeScalar(bytes[index + 2]))
                index += 3
                continue
            }
            if kept.contains(byte) {
                out.unicodeScalars.append(UnicodeScalar(byte))
            } else {
                out += "%" + hex(byte)
            }
            index += 1
        }
        return out
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 70) || (byte >= 97 && byte <= 102)
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }
}

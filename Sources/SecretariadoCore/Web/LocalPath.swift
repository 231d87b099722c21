import Foundation

/// Where to send someone back to after logging in: only a plain path of this site. The
/// value ends up in a `Location` header, so anything that could leave the site (`//host`,
/// `\`, a scheme) or break the header (CR, LF, any control character) is refused, both
/// as given and once percent-decoded, and the result is plain ASCII.
public enum LocalPath {
    public static let maxLength = 2000

    public static func redirectTarget(_ raw: String?) -> String? {
        guard let raw, raw.count <= maxLength, isPlain(raw) else { return nil }
        if let decoded = raw.removingPercentEncoding, !isPlain(decoded) { return nil }
        return WebLink.encode(Substring(raw))
    }

    /// Starts with exactly one `/`, no backslash, no control or line-separator characters.
    private static func isPlain(_ path: String) -> Bool {
        guard path.hasPrefix("/"), !path.hasPrefix("//"), !path.contains("\\") else { return false }
        return !path.unicodeScalars.contains { scalar in
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                || scalar == "\u{2028}" || scalar == "\u{2029}"
        }
    }
}

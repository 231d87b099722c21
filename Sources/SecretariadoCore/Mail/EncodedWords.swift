import Foundation

/// RFC 2047 encoded-words in UTF-8 with the B encoding, for header text that is not plain
/// ASCII. Each word holds whole characters, so a reader that shows words one by one (or a
/// line that is cut) never shows half a letter; a character too long for one word (an emoji
/// sequence of many scalars) is split between its scalars, never inside one.
enum EncodedWords {
    static let prefix = "=?UTF-8?B?"
    static let suffix = "?="
    /// RFC 2047 §2: an encoded-word is at most 75 characters.
    static let maximumLength = 75

    /// The words for `text`; the first is at most `firstLength` characters (what is left of
    /// the header's first line), the others at most 75.
    static func encode(_ text: String, firstLength: Int = maximumLength) -> [String] {
        var words: [String] = []
        var pending: [UInt8] = []
        func capacity() -> Int {
            let length = words.isEmpty ? min(firstLength, maximumLength) : maximumLength
            // Base64 turns every 3 bytes into 4 characters; keep whole groups.
            return max(3, (length - prefix.count - suffix.count) / 4 * 3)
        }
        func flush() {
            guard !pending.isEmpty else { return }
            words.append(prefix + Data(pending).base64EncodedString() + suffix)
            pending = []
        }
        for character in text {
            let bytes = Array(String(character).utf8)
            if pending.count + bytes.count <= capacity() {
                pending += bytes
                continue
            }
            flush()
            if bytes.count <= capacity() {
                pending = bytes
                continue
            }
            for scalar in character.unicodeScalars {
                let scalarBytes = Array(String(scalar).utf8)
                if pending.count + scalarBytes.count > capacity() { flush() }
                pending += scalarBytes
            }
        }
        flush()
        return words
    }
}

import Foundation

/// One header field written as lines of at most 78 characters where possible (RFC 5322
/// §2.1.1), folded only before whitespace that is really there, so that unfolding (removing
/// each CRLF) gives back the exact value. No line may pass 998: text that cannot fold
/// goes into encoded-words (Subject), and `render()` refuses an extra header that would.
struct MailHeaderField {
    static let lineLength = 78
    static let hardLineLength = 998
    private(set) var lines: [String]
    private let nameLine: String

    init(name: String) {
        nameLine = name + ":"
        lines = [nameLine]
    }

    /// Adds `separator + token`, starting a new line before it when the current one would
    /// grow past 78. The first token always stays beside the field's name.
    mutating func append(_ token: String, separator: String = " ") {
        let piece = separator + token
        let current = lines[lines.count - 1]
        if (lines.count == 1 && current == nameLine) || current.count + piece.count <= Self.lineLength {
            lines[lines.count - 1] = current + piece
        } else {
            // A folded line starts with whitespace; where the value had none here (between
            // structured tokens) one space is added, which such fields ignore.
            lines.append(piece.hasPrefix(" ") ? piece : " " + piece)
        }
    }

    var text: String { lines.joined(separator: "\r\n") }
    var longestLine: Int { lines.map(\.count).max() ?? 0 }

    /// Unstructured text (Subject): kept as it is when it is plain ASCII whose words fit a
    /// line, otherwise as encoded-words (which also keeps a literal "=?" from being decoded),
    /// so that the text reads back exactly — line breaks aside, which become spaces.
    static func unstructured(name: String, value rawValue: String) -> MailHeaderField {
        let value = MailText.singleLine(rawValue)
        var field = MailHeaderField(name: name)
        let segments = whitespaceSegments(value)
        // Whitespace at either end would not survive as plain text (a reader trims it).
        let plain =
            value == value.trimmingCharacters(in: .whitespaces) && value.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } && !value.contains("=?")
            && segments.enumerated().allSatisfy { index, segment in
                index == 0 ? name.count + 2 + segment.count <= lineLength : segment.count <= lineLength
            }
        guard plain else {
            field.appendEncodedWords(value)
            return field
        }
        for (index, segment) in segments.enumerated() {
            field.append(segment, separator: index == 0 ? " " : "")
        }
        return field
    }

    /// An extra header (`List-Unsubscribe`, …), often structured, so never turned into
    /// encoded-words while it is ASCII: folded at its own whitespace only.
    static func extra(name: String, value rawValue: String) -> MailHeaderField {
        let value = MailText.singleLine(rawValue).trimmingCharacters(in: .whitespaces)
        guard value.utf8.allSatisfy({ $0 < 0x80 }) else { return unstructured(name: name, value: value) }
        var field = MailHeaderField(name: name)
        for (index, segment) in whitespaceSegments(value).enumerated() {
            field.append(segment, separator: index == 0 ? " " : "")
        }
        return field
    }

    /// Encoded-words. With `fillLine` the first is sized to what is left of the current line
    /// (unstructured text); without it every word is as long as allowed, so that a display
    /// name of up to 45 bytes stays one word: some readers keep the space between two words of
    /// a name, against RFC 2047 §6.2, and would show "Pé rez".
    mutating func appendEncodedWords(_ text: String, fillLine: Bool = true) {
        let room = Self.lineLength - lines[lines.count - 1].count - 1
        let words = EncodedWords.encode(text, firstLength: fillLine && room >= 16 ? room : EncodedWords.maximumLength)
        for word in words { append(word) }
    }

    /// Splits text before each run of spaces, the run kept at the start of the next segment:
    /// "a  b c" → ["a", "  b", " c"]. Folding happens only between segments, so a folded
    /// line never holds whitespace alone.
    static func whitespaceSegments(_ value: String) -> [String] {
        var segments: [String] = []
        var current = ""
        var previousWasWord = false
        for character in value {
            let isSpace = character == " "
            if isSpace && previousWasWord {
                segments.append(current)
                current = ""
            }
            previousWasWord = !isSpace
            current.append(character)
        }
        if !current.isEmpty { segments.append(current) }
        return segments
    }
}

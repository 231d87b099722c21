/// Text from people placed in a generated Markdown document (the acta, the charter, minutes)
/// so that it reads as the same text and nothing else: a name cannot open a heading, a list,
/// a link, an image, HTML, or a new line that starts any of those.
///
/// Every ASCII punctuation mark Markdown gives a meaning to is backslash-escaped (CommonMark
/// lets any of them be), and a line's leading `-`, `+`, `=` or `1.` marker too.
public enum MarkdownText {
    /// One line: CR, LF and every other control character become a space first.
    public static func inline(_ text: String) -> String {
        escapeLine(String(String.UnicodeScalarView(text.unicodeScalars.map { isControl($0) ? " " : $0 })))
    }

    /// Several paragraphs: line breaks kept (CRLF and CR read as LF), each line escaped.
    public static func block(_ text: String) -> String {
        text.replacingLineEnds().split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in escapeLine(String(String.UnicodeScalarView(line.unicodeScalars.map { isControl($0) ? " " : $0 }))) }
            .joined(separator: "\n")
    }

    /// "(" and "!" need no escape: they only mean something next to "[", which is escaped.
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~"]

    private static func escapeLine(_ line: String) -> String {
        var out = ""
        for character in line {
            if special.contains(character) { out.append("\\") }
            out.append(character)
        }
        // Block markers that only mean something at the start of a line (after indentation).
        let body = out.drop { $0 == " " }
        let indent = String(out.prefix(out.count - body.count))
        if let first = body.first, first == "-" || first == "+" || first == "=" {
            return indent + "\\" + body
        }
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = body.dropFirst(digits.count).first, next == "." || next == ")" {
            return indent + digits + "\\" + body.dropFirst(digits.count)
        }
        return out
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
        default: false
        }
    }
}

extension String {
    fileprivate func replacingLineEnds() -> String {
        var out = ""
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                out.unicodeScalars.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}

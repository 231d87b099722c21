import Foundation

/// The RFC 5545 rules for writing content lines: TEXT escaping, UTC DATE-TIME values and
/// line folding.
enum ICalendarText {
    static let crlf = "\r\n"
    /// RFC 5545 §3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line
    /// break."
    static let maxLineOctets = 75

    /// Escapes a TEXT value (RFC 5545 §3.3.11): `\` → `\\`, `;` → `\;`, `,` → `\,`, and a
    /// line break (CRLF, CR or LF) → `\n`. Other control characters are not allowed in TEXT
    /// and are dropped (TAB is allowed and kept).
    static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case ";": out.append(contentsOf: "\\;".unicodeScalars)
            case ",": out.append(contentsOf: "\\,".unicodeScalars)
            case "\r": out.append(contentsOf: "\\n".unicodeScalars)
            case "\n": if !previousWasCR { out.append(contentsOf: "\\n".unicodeScalars) }
            case "\t": out.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// A UTC DATE-TIME value, `20261125T233000Z` (RFC 5545 §3.3.5, form #2).
    static func utcDateTime(_ date: Date) -> String {
        let t = CivilDateTime(secondsSinceEpoch: CivilDateTime.epochSeconds(of: date))
        return pad(t.year, 4) + pad(t.month, 2) + pad(t.day, 2) + "T"
            + pad(t.hour, 2) + pad(t.minute, 2) + pad(t.second, 2) + "Z"
    }

    /// `name:value` folded into physical lines of at most 75 octets, each ending in CRLF.
    /// `value` must already be escaped.
    static func contentLine(_ name: String, _ value: String) -> String {
        fold(name + ":" + value)
    }

    /// Folds one logical line (RFC 5545 §3.1): a CRLF and a single space are inserted so that
    /// no physical line exceeds 75 octets of UTF-8 (the leading space of a continuation line
    /// counts). Breaks fall only between Unicode scalars, never inside a multi-byte sequence.
    /// Unfolding (deleting every CRLF followed by one space) restores `line` exactly.
    static func fold(_ line: String) -> String {
        var out = ""
        var lineOctets = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if lineOctets + width > maxLineOctets {
                out += crlf + " "
                lineOctets = 1
            }
            out.unicodeScalars.append(scalar)
            lineOctets += width
        }
        return out + crlf
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

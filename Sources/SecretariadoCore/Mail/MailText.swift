import Foundation

/// Small text rules shared by the mail renderer: what may stand in a header unchanged, and
/// how to make any value safe to show in one line (error messages, logs).
enum MailText {
    /// Header values are one logical line: a CR or LF would start a new header field (header
    /// injection), so line breaks become spaces and other control characters go.
    static func singleLine(_ value: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0x0D, 0x0A, 0x09: scalars.append(" ")
            case 0x00..<0x20, 0x7F: continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Quoted and with control characters escaped, for messages that name bad input.
    static func printable(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars.prefix(200) {
            if scalar.value < 0x20 || scalar.value == 0x7F {
                out += String(format: "\\x%02X", scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func isASCIIVisible(_ byte: UInt8) -> Bool { byte >= 0x21 && byte <= 0x7E }
}

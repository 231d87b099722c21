import Foundation

/// UTF-8 text as quoted-printable (RFC 2045 §6.7): every line break becomes CRLF (a hard
/// break), lines longer than 76 are cut with soft breaks (`=` at the end), `=` and bytes
/// outside printable ASCII are escaped, and so is a space or tab at the end of a line
/// (transports strip it). A line that starts with "." or "From " starts escaped too, so no
/// relay's dot handling or mbox "From " quoting can change the text.
public enum QuotedPrintable {
    public static let lineLength = 76

    /// The encoded lines, without their CRLF.
    public static func encode(_ text: String) -> [String] {
        logicalLines(Array(text.utf8)).flatMap(encodeLine)
    }

    /// Splits at CRLF, LF or a lone CR: all three are line breaks in the text as given.
    static func logicalLines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(bytes[start..<index])
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                start = index + 1
            }
            index += 1
        }
        lines.append(bytes[start..<bytes.count])
        return lines
    }

    private static func escaped(_ byte: UInt8) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        return String(decoding: [UInt8(ascii: "="), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]], as: UTF8.self)
    }

    private static func encodeLine(_ line: ArraySlice<UInt8>) -> [String] {
        let bytes = Array(line)
        // Each unit is one byte, literal or escaped; a unit is never cut by a soft break.
        var units: [(text: String, literal: Bool)] = bytes.enumerated().map { index, byte in
            let isLast = index == bytes.count - 1
            switch byte {
            case 0x20, 0x09: return isLast ? (escaped(byte), false) : (String(UnicodeScalar(byte)), true)
            case 0x3D: return (escaped(byte), false)
            case 0x21...0x7E: return (String(UnicodeScalar(byte)), true)
            default: return (escaped(byte), false)
            }
        }
        var physical: [String] = []
        var current = ""
        var index = 0
        while index < units.count {
            if current.isEmpty { defuseLineStart(&units, at: index) }
            let unit = units[index].text
            let isLast = index == units.count - 1
            if current.count + unit.count > (isLast ? lineLength : lineLength - 1) {
                physical.append(current + "=")
                current = ""
                continue
            }
            current += unit
            index += 1
        }
        physical.append(current)
        return physical
    }

    /// "." or "From " at the start of a physical line is written escaped.
    private static func defuseLineStart(_ units: inout [(text: String, literal: Bool)], at index: Int) {
        guard units[index].literal else { return }
        if units[index].text == "." {
            units[index] = (escaped(UInt8(ascii: ".")), false)
        } else if units[index].text == "F", index + 4 < units.count,
            units[index + 1..<index + 5].map(\.text).joined() == "rom "
        {
            units[index] = (escaped(UInt8(ascii: "F")), false)
        }
    }
}

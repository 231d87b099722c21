/// The DATA payload as RFC 5321 §4.5.2 wants it: every line break CRLF (a bare LF or CR
/// becomes one), a line that starts with "." gets a second one (dot-stuffing, undone by the
/// server), and the terminating "." line.
enum SMTPData {
    static func encode(_ message: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(message.utf8.count + 64)
        var atLineStart = true
        var previousWasCR = false
        for byte in message.utf8 {
            if byte == 0x0A && previousWasCR {
                previousWasCR = false
                continue  // the LF of a CRLF already written
            }
            previousWasCR = byte == 0x0D
            if byte == 0x0D || byte == 0x0A {
                out += [0x0D, 0x0A]
                atLineStart = true
                continue
            }
            if atLineStart && byte == UInt8(ascii: ".") { out.append(UInt8(ascii: ".")) }
            atLineStart = false
            out.append(byte)
        }
        if !atLineStart { out += [0x0D, 0x0A] }
        out += Array(".\r\n".utf8)
        return out
    }
}

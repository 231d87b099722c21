import Foundation

/// The MIME boundary of a message, derived from its Message-ID so that rendering the same
/// message twice (a retry after a crash, another process) gives the same bytes. It starts
/// with "=_", which neither quoted-printable (where "=" is followed by a hex digit or a line
/// end) nor base64 can produce, so no part can contain it.
enum MailBoundary {
    static func make(messageID: String) -> String {
        let bytes = Array(messageID.utf8)
        // Two FNV-1a 64-bit hashes with different offset bases: stable across processes
        // and platforms (unlike `hashValue`, which is seeded per process).
        let first = fnv1a(bytes, basis: 0xcbf2_9ce4_8422_2325)
        let second = fnv1a(bytes, basis: 0x8422_2325_cbf2_9ce4)
        return "=_secretariado_" + hex(first) + hex(second)
    }

    static func fnv1a(_ bytes: [UInt8], basis: UInt64) -> UInt64 {
        var hash = basis
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

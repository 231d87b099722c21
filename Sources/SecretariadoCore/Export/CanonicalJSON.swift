import Foundation

/// Canonical JSON for hashing and signing records such as finalised minutes: one value, one
/// byte sequence, so anyone can recompute a hash offline.
///
/// The rules are those of RFC 8785 (JSON Canonicalization Scheme, JCS) for the values of
/// `CanonicalValue`, so any JCS library reproduces the bytes:
/// - no whitespace between tokens; UTF-8 output; non-ASCII written raw, never `\u` escaped;
/// - object members sorted by key, comparing keys as sequences of UTF-16 code units (JCS
///   §3.2.3). This equals Unicode code point order except when a key holds a character
///   above U+FFFF *and* another a character in U+E000…U+FFFF at the same position;
/// - strings escape only `"` and `\` and the controls U+0000…U+001F: as `\b \t \n \f \r`
///   where JSON has a short form, else as `\u00xx` in lowercase hex; `/` and U+007F as is;
/// - integers in plain decimal. Only ±(2^53 − 1) are accepted: JCS readers hold numbers in
///   IEEE doubles, which cannot represent larger integers exactly. No floats at all.
///
/// ```swift
/// let bytes = try CanonicalJSON.data(["b": 1, "a": ["x", true, nil]])
/// // {"a":["x",true,null],"b":1}
/// ```
public enum CanonicalJSON {
    /// The largest integer magnitude written: 2^53 − 1.
    public static let maxSafeInteger: Int64 = 9_007_199_254_740_991

    /// The canonical UTF-8 bytes of `value`.
    public static func data(_ value: CanonicalValue) throws(CanonicalJSONError) -> Data {
        var out: [UInt8] = []
        try write(value, to: &out)
        return Data(out)
    }

    /// The canonical text of `value` (the UTF-8 decoding of `data(_:)`).
    public static func string(_ value: CanonicalValue) throws(CanonicalJSONError) -> String {
        var out: [UInt8] = []
        try write(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func write(_ value: CanonicalValue, to out: inout [UInt8]) throws(CanonicalJSONError) {
        switch value {
        case .null:
            out += Array("null".utf8)
        case .bool(let flag):
            out += Array((flag ? "true" : "false").utf8)
        case .int(let number):
            guard number.magnitude <= UInt64(maxSafeInteger) else { throw .integerOutOfRange(String(number)) }
            out += Array(String(number).utf8)
        case .string(let text):
            writeString(text, to: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                try write(item, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            // Never String's `<`, which compares by canonical equivalence, not code units.
            let keys = members.keys.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
            for (index, key) in keys.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                writeString(key, to: &out)
                out.append(UInt8(ascii: ":"))
                try write(members[key]!, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func writeString(_ text: String, to out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x00..<0x20:
                out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default:
                // Bytes ≥ 0x80 belong to multi-byte characters, copied as they are.
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// Why a value could not be made canonical.
public enum CanonicalJSONError: Error, Hashable, Sendable {
    /// An integer beyond ±(2^53 − 1); the text of the number.
    case integerOutOfRange(String)
    /// A number with a fraction or exponent (`1.5`, `1e3`); the text of the number.
    case nonIntegerNumber(String)
    /// The same key twice in one object (keys equal under Unicode canonical equivalence
    /// count as the same, as in Swift).
    case duplicateKey(String)
    /// Not well-formed JSON; `offset` is the byte where reading stopped.
    case malformed(offset: Int, reason: String)
    /// Nested deeper than `CanonicalJSON.maxDepth`.
    case tooDeep
    /// `JSONEncoder` failed; its description.
    case encodingFailed(String)
}

import Foundation

extension CanonicalJSON {
    /// Deepest nesting of arrays and objects accepted when reading, so hostile input cannot
    /// exhaust the stack.
    public static let maxDepth = 256

    /// The canonical value of any `Encodable`: encoded with `encoder`, then read back by a
    /// strict reader that keeps integers exact and rejects floats and duplicate keys.
    ///
    /// The default encoder writes dates as ISO 8601 text (whole seconds): the JSONEncoder
    /// default, seconds since 2001 as a float, would be refused. `Double` properties are
    /// refused unless they happen to be written as integers, so model signed records with
    /// integers (`MoneyMXN.centavos`) and strings.
    public static func value<T: Encodable>(
        of encodable: T,
        encoder: JSONEncoder = CanonicalJSON.makeEncoder()
    ) throws(CanonicalJSONError) -> CanonicalValue {
        let json: Data
        do {
            json = try encoder.encode(encodable)
        } catch {
            throw .encodingFailed(String(describing: error))
        }
        return try value(parsing: json)
    }

    /// The canonical bytes of any `Encodable`: `data(value(of:))`.
    public static func data<T: Encodable>(
        of encodable: T,
        encoder: JSONEncoder = CanonicalJSON.makeEncoder()
    ) throws(CanonicalJSONError) -> Data {
        try data(value(of: encodable, encoder: encoder))
    }

    /// A JSONEncoder suited to `value(of:)`: ISO 8601 dates.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// Reads JSON text (RFC 8259, UTF-8) into a `CanonicalValue`.
    ///
    /// A reader of our own rather than `JSONSerialization`: that one returns `NSNumber`s whose
    /// bool/int/double nature is bridged differently on Darwin and Linux, and silently keeps
    /// the last of duplicate keys. Here integers stay exact and anything ambiguous is an error.
    public static func value(parsing json: Data) throws(CanonicalJSONError) -> CanonicalValue {
        var reader = JSONReader(bytes: Array(json))
        return try reader.readDocument()
    }
}

/// A strict recursive-descent JSON reader over UTF-8 bytes.
private struct JSONReader {
    let bytes: [UInt8]
    var position = 0
    var depth = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func readDocument() throws(CanonicalJSONError) -> CanonicalValue {
        let value = try readValue()
        skipWhitespace()
        guard position == bytes.count else { throw fail("unexpected text after the value") }
        return value
    }

    private func fail(_ reason: String) -> CanonicalJSONError {
        .malformed(offset: position, reason: reason)
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) {
            position += 1
        }
    }

    private mutating func readValue() throws(CanonicalJSONError) -> CanonicalValue {
        skipWhitespace()
        guard position < bytes.count else { throw fail("unexpected end of input") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try readObject()
        case UInt8(ascii: "["): return try readArray()
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"):
            try readLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try readLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try readLiteral("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try readNumber()
        default: throw fail("unexpected character")
        }
    }

    private mutating func readLiteral(_ word: String) throws(CanonicalJSONError) {
        let expected = Array(word.utf8)
        guard bytes.count - position >= expected.count,
            Array(bytes[position..<position + expected.count]) == expected
        else { throw fail("expected \(word)") }
        position += expected.count
    }

    private mutating func enter() throws(CanonicalJSONError) {
        depth += 1
        guard depth <= CanonicalJSON.maxDepth else { throw .tooDeep }
    }

    private mutating func readObject() throws(CanonicalJSONError) -> CanonicalValue {
        try enter()
        position += 1  // {
        var members: [String: CanonicalValue] = [:]
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw fail("expected a key")
            }
            let key = try readString()
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw fail("expected :") }
            position += 1
            let value = try readValue()
            guard members.updateValue(value, forKey: key) == nil else { throw .duplicateKey(key) }
            skipWhitespace()
            guard position < bytes.count else { throw fail("unexpected end of input") }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
                continue
            }
            if bytes[position] == UInt8(ascii: "}") {
                position += 1
                break
            }
            throw fail("expected , or }")
        }
        depth -= 1
        return .object(members)
    }

    private mutating func readArray() throws(CanonicalJSONError) -> CanonicalValue {
        try enter()
        position += 1  // [
        var items: [CanonicalValue] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return .array(items)
        }
        while true {
            items.append(try readValue())
            skipWhitespace()
            guard position < bytes.count else { throw fail("unexpected end of input") }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
                continue
            }
            if bytes[position] == UInt8(ascii: "]") {
                position += 1
                break
            }
            throw fail("expected , or ]")
        }
        depth -= 1
        return .array(items)
    }

    private mutating func readNumber() throws(CanonicalJSONError) -> CanonicalValue {
        let start = position
        func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count, isDigit(bytes[position]) else { throw fail("expected a digit") }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1  // JSON forbids leading zeros: "0" then no more digits
        } else {
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        var isInteger = true
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            guard position < bytes.count, isDigit(bytes[position]) else { throw fail("expected a digit") }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            isInteger = false
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard position < bytes.count, isDigit(bytes[position]) else { throw fail("expected a digit") }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard isInteger else { throw .nonIntegerNumber(text) }
        guard let number = Int64(text), number.magnitude <= UInt64(CanonicalJSON.maxSafeInteger) else {
            throw .integerOutOfRange(text)
        }
        return .int(number)
    }

    /// Reads a string token, decoding escapes and validating the UTF-8.
    private mutating func readString() throws(CanonicalJSONError) -> String {
        position += 1  // opening quote
        var scalars = String.UnicodeScalarView()
        while true {
            guard position < bytes.count else { throw fail("unterminated string") }
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return String(scalars)
            case UInt8(ascii: "\\"):
                position += 1
                scalars.append(try readEscape())
            case 0x00..<0x20:
                throw fail("control character in string")
            case 0x00..<0x80:
                scalars.append(Unicode.Scalar(byte))
                position += 1
            default:
                scalars.append(try readMultiByteScalar())
            }
        }
    }

    /// One scalar of 2–4 UTF-8 bytes, rejecting overlong forms, surrogates and truncation
    /// (the standard library's decoder applies exactly those rules).
    private mutating func readMultiByteScalar() throws(CanonicalJSONError) -> Unicode.Scalar {
        let lead = bytes[position]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard position + length <= bytes.count else { throw fail("invalid UTF-8") }
        var iterator = bytes[position..<position + length].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator), iterator.next() == nil else {
            throw fail("invalid UTF-8")
        }
        position += length
        return scalar
    }

    private mutating func readEscape() throws(CanonicalJSONError) -> Unicode.Scalar {
        guard position < bytes.count else { throw fail("unterminated escape") }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let unit = try readHex4()
            switch unit {
            case 0xD800...0xDBFF:
                // A high surrogate must be followed by an escaped low surrogate.
                guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                    bytes[position + 1] == UInt8(ascii: "u")
                else { throw fail("lone surrogate") }
                position += 2
                let low = try readHex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw fail("lone surrogate") }
                return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!
            case 0xDC00...0xDFFF:
                throw fail("lone surrogate")
            default:
                return Unicode.Scalar(unit)!
            }
        default:
            throw fail("invalid escape")
        }
    }

    private mutating func readHex4() throws(CanonicalJSONError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw fail("short \\u escape") }
        var value: UInt32 = 0
        for byte in bytes[position..<position + 4] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { throw fail("bad \\u escape") }
            value = value * 16 + UInt32(digit)
        }
        position += 4
        return value
    }
}

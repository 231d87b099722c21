import Foundation

/// A parsed JSON value, kept as written so that the request decoder can say precisely
/// what was wrong ("se recibió 2.5") instead of Codable's generic type-mismatch errors.
/// Integers and other numbers are told apart, and booleans are never read as numbers.
indirect enum JSONInput: Hashable, Sendable, Decodable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONInput])
    case object([String: JSONInput])

    init(from decoder: Decoder) throws {
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
            return
        }
        if let value = try? single.decode(Bool.self) {
            self = .bool(value)
            return
        }
        if let value = try? single.decode(Int.self) {
            self = .integer(value)
            return
        }
        if let value = try? single.decode(Double.self) {
            self = .number(value)
            return
        }
        if let value = try? single.decode(String.self) {
            self = .string(value)
            return
        }
        if let value = try? single.decode([JSONInput].self) {
            self = .array(value)
            return
        }
        self = .object(try single.decode([String: JSONInput].self))
    }

    /// The value as an error message quotes it: `"texto"`, `2.5`, `una lista`.
    var quoted: Localized {
        switch self {
        case .null: return Localized("null")
        case .bool(let value): return Localized(value ? "true" : "false")
        case .integer(let value): return Localized(String(value))
        case .number(let value): return Localized(String(value))
        case .string(let value):
            // Control characters would garble a terminal or a log line.
            let printable = String(
                String.UnicodeScalarView(
                    value.unicodeScalars.map {
                        $0.properties.generalCategory == .control ? "�" : $0
                    }))
            let short = printable.count > 40 ? printable.prefix(40) + "…" : Substring(printable)
            return Localized("\"\(short)\"")
        case .array: return Localized(es: "una lista", en: "a list")
        case .object: return Localized(es: "un objeto", en: "an object")
        }
    }
}

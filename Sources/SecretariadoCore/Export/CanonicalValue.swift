/// The JSON values that canonical records may hold: no floating-point numbers, because their
/// text form is where serialisers disagree, and a hash must not.
///
/// Note: `==` on Swift strings uses canonical equivalence, so `.string("é")` (U+00E9) equals
/// `.string("e\u{301}")` although they serialise to different bytes. Compare serialisations,
/// not values, when bytes matter.
public indirect enum CanonicalValue: Hashable, Sendable {
    case object([String: CanonicalValue])
    case array([CanonicalValue])
    case string(String)
    /// Only integers in ±(2^53 − 1) serialise (see `CanonicalJSON`).
    case int(Int64)
    case bool(Bool)
    case null
}

extension CanonicalValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByNilLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(nilLiteral: ()) { self = .null }
    public init(arrayLiteral elements: CanonicalValue...) { self = .array(elements) }
    /// Duplicate keys in a literal are a programming error and trap, as for `Dictionary`.
    public init(dictionaryLiteral elements: (String, CanonicalValue)...) {
        self = .object(Dictionary(uniqueKeysWithValues: elements))
    }
}

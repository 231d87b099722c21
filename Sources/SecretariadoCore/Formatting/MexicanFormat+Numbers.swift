import Foundation

extension MexicanFormat {
    /// `12,345` · `-1,234,567`: thousands grouped with ",". The same in both languages.
    public static func integer<T: BinaryInteger>(_ value: T, language: Language = .default) -> String {
        let digits = String(value.magnitude)
        return (value < 0 ? "-" : "") + grouped(digits)
    }

    /// `0.45` · `1,234.50`: exactly `fractionDigits` decimals, rounded half away from zero.
    ///
    /// A `Double` is first turned into its shortest round-trip decimal text, so `0.445` is
    /// rounded as the decimal 0.445 (→ `0.45`) that the user sees, not as its binary
    /// approximation 0.44499999…. Non-finite values give "—".
    public static func decimal(_ value: Double, fractionDigits: Int = 2, language: Language = .default) -> String {
        guard value.isFinite else { return "—" }
        if let exact = exactDecimal(value) {
            return decimal(exact: exact, fractionDigits: fractionDigits, language: language)
        }
        // Beyond `Decimal`'s range (below ~1e-128 or above ~1e165): tiny values round to zero,
        // huge ones are whole numbers that C's printf writes out exactly.
        if value.magnitude < 1 { return decimal(exact: 0, fractionDigits: fractionDigits, language: language) }
        let parts = String(format: "%.\(max(0, fractionDigits))f", value.magnitude).split(separator: ".")
        return (value < 0 ? "-" : "") + grouped(String(parts[0])) + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// `0.45` · `1,234.50` from an exact `Decimal`, rounded half away from zero. (A label of
    /// its own so that `decimal(1)` is not ambiguous between `Double` and `Decimal`.)
    public static func decimal(exact value: Decimal, fractionDigits: Int = 2, language: Language = .default) -> String {
        guard value.isFinite else { return "—" }
        let places = max(0, fractionDigits)
        var input = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &input, places, .plain)
        // `Decimal.description` is locale-independent: optional "-", digits, optional ".digits".
        let text = rounded.description
        let negative = text.hasPrefix("-") && !rounded.isZero
        let unsigned = text.hasPrefix("-") ? String(text.dropFirst()) : text
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0])
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        fraction += String(repeating: "0", count: max(0, places - fraction.count))
        let body = grouped(whole) + (places > 0 ? "." + fraction : "")
        return (negative ? "-" : "") + body
    }

    /// A fraction as a percentage: 0.452 → `45.2 %` (es, with `unitSpace`) · `45.2%` (en).
    /// Multiplied by 100 in decimal arithmetic, so 0.452 never becomes 45.199999….
    public static func percent(_ fraction: Double, fractionDigits: Int = 1, language: Language = .default) -> String {
        guard fraction.isFinite else { return "—" }
        guard let exact = exactDecimal(fraction) else {
            return withPercentSign(decimal(fraction * 100, fractionDigits: fractionDigits), language)
        }
        return percent(exact: exact, fractionDigits: fractionDigits, language: language)
    }

    /// A fraction as a percentage from an exact `Decimal`: 0.452 → `45.2 %` · `45.2%`.
    public static func percent(exact fraction: Decimal, fractionDigits: Int = 1, language: Language = .default) -> String {
        guard fraction.isFinite else { return "—" }
        return withPercentSign(decimal(exact: fraction * 100, fractionDigits: fractionDigits), language)
    }

    private static func withPercentSign(_ number: String, _ language: Language) -> String {
        switch language {
        case .es: number + unitSpace + "%"
        case .en: number + "%"
        }
    }

    /// Inserts "," every three digits from the right: "1234567" → "1,234,567".
    static func grouped(_ digits: String) -> String {
        var out: [Character] = []
        out.reserveCapacity(digits.count + digits.count / 3)
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return String(out)
    }

    /// The decimal a `Double` prints as (its shortest round-trip form), or nil if not finite.
    static func exactDecimal(_ value: Double) -> Decimal? {
        guard value.isFinite else { return nil }
        return Decimal(string: "\(value)", locale: Locale(identifier: "en_US_POSIX"))
    }
}

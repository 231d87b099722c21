extension MoneyMXN {
    /// `$1,234.50`, `-$1,234.50`; with `includeCode`, `$1,234.50 MXN` (no-break space before
    /// the code, see `MexicanFormat.unitSpace`). English uses the very same digits and sign:
    /// the currency is the peso in both languages, and "$" is how Mexico writes it.
    public func formatted(language: Language = .default, includeCode: Bool = false) -> String {
        let magnitude = centavos.magnitude
        let cents = magnitude % 100
        let body =
            "$" + MexicanFormat.grouped(String(magnitude / 100)) + "."
            + (cents < 10 ? "0\(cents)" : "\(cents)")
        return (isNegative ? "-" : "") + body + (includeCode ? MexicanFormat.unitSpace + "MXN" : "")
    }
}

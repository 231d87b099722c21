/// An exact amount of Mexican pesos, held as a whole number of centavos.
///
/// Never floating point: 0.10 + 0.20 is exactly 0.30 here, however many items are summed,
/// and every operation that could overflow says so instead of wrapping or trapping.
public struct MoneyMXN: Hashable, Comparable, Sendable {
    /// The amount in centavos (1 peso = 100 centavos).
    public let centavos: Int64

    public init(centavos: Int64) {
        self.centavos = centavos
    }

    /// Whole pesos, or `nil` when `pesos × 100` does not fit in `Int64`.
    public init?(pesos: Int64) {
        let (value, overflow) = pesos.multipliedReportingOverflow(by: 100)
        guard !overflow else { return nil }
        centavos = value
    }

    public static let zero = MoneyMXN(centavos: 0)

    public var isNegative: Bool { centavos < 0 }

    public static func < (lhs: MoneyMXN, rhs: MoneyMXN) -> Bool {
        lhs.centavos < rhs.centavos
    }

    /// `self + other`, or `MoneyArithmeticError.overflow`.
    public func adding(_ other: MoneyMXN) throws(MoneyArithmeticError) -> MoneyMXN {
        let (value, overflow) = centavos.addingReportingOverflow(other.centavos)
        guard !overflow else { throw .overflow }
        return MoneyMXN(centavos: value)
    }

    /// `self - other`, or `MoneyArithmeticError.overflow`.
    public func subtracting(_ other: MoneyMXN) throws(MoneyArithmeticError) -> MoneyMXN {
        let (value, overflow) = centavos.subtractingReportingOverflow(other.centavos)
        guard !overflow else { throw .overflow }
        return MoneyMXN(centavos: value)
    }

    /// The exact total of `amounts` (zero when empty), or `MoneyArithmeticError.overflow`.
    public static func sum<S: Sequence>(_ amounts: S) throws(MoneyArithmeticError) -> MoneyMXN
    where S.Element == MoneyMXN {
        var total = MoneyMXN.zero
        for amount in amounts {
            total = try total.adding(amount)
        }
        return total
    }

    /// The amount as plain machine-readable decimal text, for CSV and JSON: `1234.50`,
    /// `-0.05`. No currency sign and no thousands separators.
    public var decimalString: String {
        let magnitude = centavos.magnitude  // UInt64: Int64.min has no positive Int64
        let cents = magnitude % 100
        return (isNegative ? "-" : "") + "\(magnitude / 100)." + (cents < 10 ? "0\(cents)" : "\(cents)")
    }
}

/// Arithmetic on `MoneyMXN` that left the representable range (±92 billion billion pesos).
public enum MoneyArithmeticError: Error, Hashable, Sendable {
    case overflow

    /// What went wrong, for people.
    public var message: Localized {
        Localized(
            es: "El resultado excede el monto máximo que se puede registrar.",
            en: "The result exceeds the largest amount that can be recorded."
        )
    }
}

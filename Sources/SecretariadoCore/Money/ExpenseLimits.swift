/// How much one expense, and everything an STL has spent, may add up to.
///
/// An STL's budget is a few hundred thousand pesos a year; the ceilings are far above any
/// real one yet keep every total exact in `Int64` centavos: one entry at most
/// $10,000,000,000.00, one STL's running total at most $1,000,000,000,000.00, so that even
/// the sum over 90,000 STLs at their ceiling fits (≈ $92 billion billion is the limit).
public enum ExpenseLimits {
    /// The largest single expense, inclusive.
    public static let maximumEntry = MoneyMXN(centavos: 1_000_000_000_000)
    /// The largest total of an STL's current (not annulled) expenses, inclusive.
    public static let maximumTotal = MoneyMXN(centavos: 100_000_000_000_000)

    public enum Violation: Error, Hashable, Sendable {
        case notPositive
        case entryTooLarge
        /// Recording it would take the STL's total past `maximumTotal`.
        case totalTooLarge(current: MoneyMXN)

        public var message: Localized {
            switch self {
            case .notPositive:
                Localized(es: "El monto debe ser mayor que cero.", en: "The amount must be more than zero.")
            case .entryTooLarge:
                Localized(
                    es: "El monto excede el máximo de \(maximumEntry.formatted()) por registro.",
                    en: "The amount exceeds the maximum of \(maximumEntry.formatted()) per entry.")
            case .totalTooLarge(let current):
                Localized(
                    es:
                        "Con este monto, el total ejercido del STL (\(current.formatted()) hoy) excedería el máximo de \(maximumTotal.formatted()); corrija o anule los registros erróneos.",
                    en:
                        "With this amount the STL's total spent (\(current.formatted()) today) would exceed the maximum of \(maximumTotal.formatted()); correct or annul the wrong entries."
                )
            }
        }
    }

    public static func check(entry amount: MoneyMXN) throws(Violation) {
        guard amount > .zero else { throw .notPositive }
        guard amount <= maximumEntry else { throw .entryTooLarge }
    }

    /// Checks that `amount` can join `others` (the STL's other current expenses). A total that
    /// is already beyond the ceiling (records from before it existed) refuses anything new.
    public static func check(adding amount: MoneyMXN, to others: [MoneyMXN]) throws(Violation) {
        try check(entry: amount)
        var current = MoneyMXN.zero
        for other in others {
            guard let next = try? current.adding(other) else { throw .totalTooLarge(current: maximumTotal) }
            current = next
        }
        guard let total = try? current.adding(amount), total <= maximumTotal else {
            throw .totalTooLarge(current: current)
        }
    }
}

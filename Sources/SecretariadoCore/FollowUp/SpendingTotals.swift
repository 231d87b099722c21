import Foundation

/// One expense of the STL (facilitator function 6: "mantener una relación de los recursos
/// financieros ejercidos").
public struct Expense: Hashable, Sendable {
    public var date: Date
    public var concept: String
    public var amount: MoneyMXN

    public init(date: Date, concept: String, amount: MoneyMXN) {
        self.date = date
        self.concept = concept
        self.amount = amount
    }
}

/// Exact totals of spending by period and by concept, in centavos: no floating point.
public struct SpendingTotals: Hashable, Sendable {
    public enum Period: String, Sendable, CaseIterable {
        case month, quarter, year
    }

    /// Periods in order, each with its total: "2026-03", "2026-T1", "2026".
    public let byPeriod: [(key: String, total: MoneyMXN)]
    /// Concepts by descending total, then name.
    public let byConcept: [(key: String, total: MoneyMXN)]
    public let total: MoneyMXN

    public init(_ expenses: [Expense], period: Period) throws {
        var periods: [String: MoneyMXN] = [:]
        var concepts: [String: MoneyMXN] = [:]
        var total = MoneyMXN.zero
        for expense in expenses {
            let key = Self.key(expense.date, period)
            periods[key] = try (periods[key] ?? .zero).adding(expense.amount)
            concepts[expense.concept] = try (concepts[expense.concept] ?? .zero).adding(expense.amount)
            total = try total.adding(expense.amount)
        }
        byPeriod = periods.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        byConcept = concepts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
        self.total = total
    }

    /// The period a date falls in, on Mexico City's calendar.
    public static func key(_ date: Date, _ period: Period) -> String {
        let wall = MexicoCityTime.wallClock(at: date)
        switch period {
        case .month: return String(format: "%04d-%02d", wall.year, wall.month)
        case .quarter: return "\(wall.year)-T\((wall.month - 1) / 3 + 1)"
        case .year: return "\(wall.year)"
        }
    }

    public static func == (lhs: SpendingTotals, rhs: SpendingTotals) -> Bool {
        lhs.total == rhs.total && lhs.byPeriod.map(\.key) == rhs.byPeriod.map(\.key)
            && lhs.byPeriod.map(\.total) == rhs.byPeriod.map(\.total)
            && lhs.byConcept.map(\.key) == rhs.byConcept.map(\.key)
            && lhs.byConcept.map(\.total) == rhs.byConcept.map(\.total)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(total)
        for (key, value) in byPeriod {
            hasher.combine(key)
            hasher.combine(value)
        }
    }
}

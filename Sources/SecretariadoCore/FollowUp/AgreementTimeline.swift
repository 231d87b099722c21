import Foundation

/// Agreements per quarter of adoption, split by the status each shows today (overdue
/// derived from its due date): how an STL's decisions are faring, period by period.
public struct AgreementTimeline: Hashable, Sendable {
    public struct Period: Hashable, Sendable {
        /// "2026-T1".
        public let key: String
        public let counts: [AgreementStatus: Int]

        public func count(_ status: AgreementStatus) -> Int { counts[status] ?? 0 }
        public var total: Int { counts.values.reduce(0, +) }
    }

    /// Quarters in order, only those with agreements.
    public let periods: [Period]
    public let totals: [AgreementStatus: Int]

    /// `agreements`: when each was adopted, its stored status and due date.
    public init(_ agreements: [(adoptedAt: Date, stored: AgreementStatus, dueOn: Date?)], today: Date) {
        var byPeriod: [String: [AgreementStatus: Int]] = [:]
        var totals: [AgreementStatus: Int] = [:]
        for agreement in agreements {
            let key = SpendingTotals.key(agreement.adoptedAt, .quarter)
            let status = AgreementStatus.effective(stored: agreement.stored, dueOn: agreement.dueOn, today: today)
            byPeriod[key, default: [:]][status, default: 0] += 1
            totals[status, default: 0] += 1
        }
        periods = byPeriod.keys.sorted().map { Period(key: $0, counts: byPeriod[$0]!) }
        self.totals = totals
    }

    public func total(_ status: AgreementStatus) -> Int { totals[status] ?? 0 }
    public var total: Int { totals.values.reduce(0, +) }

    /// The statuses in the order charts stack them: open work first, then closed.
    public static let order: [AgreementStatus] = [.pendiente, .enProceso, .vencido, .cumplido, .cancelado]
}

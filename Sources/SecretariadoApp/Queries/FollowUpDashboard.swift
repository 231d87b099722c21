import Fluent
import SQLKit
import SecretariadoCore
import Vapor

/// What the follow-up dashboards show, for one STL or for the whole country: commitments by
/// completion level, agreements by quarter and status, spending by quarter and concept,
/// outreach. Computed from the records on every request, so it is never stale.
struct FollowUpDashboard: Sendable {
    /// One STL's line in the national table.
    struct SecretariatLine: Sendable {
        let slug: String
        let name: String
        let commitments: Int
        /// Commitments at "sustancial" or "completo".
        let advanced: Int
        let agreements: Int
        let overdue: Int
        let spending: MoneyMXN
        let outreach: Int
    }

    let plans: Int
    let completion: CompletionCounts
    let milestones: Int
    let milestonesVerified: Int
    let timeline: AgreementTimeline
    let spending: SpendingTotals
    let outreachCount: Int
    let outreachAttendees: Int
    let outreachByKind: [(kind: OutreachKind, count: Int)]
    /// Only on the national dashboard.
    let lines: [SecretariatLine]

    static func load(_ stl: Secretariat?, today: Date = CalendarDate.today(), on db: any Database) async throws -> FollowUpDashboard {
        // The country from aggregates: see `NationalFollowUp`.
        if stl == nil, db is any SQLDatabase { return try await NationalFollowUp.load(today: today, on: db) }
        return try await fromRecords(stl, today: today, on: db)
    }

    /// From every record, as models: right for one STL; for the whole country only on small
    /// databases (the tests compare it with `NationalFollowUp`).
    static func fromRecords(_ stl: Secretariat?, today: Date, on db: any Database) async throws -> FollowUpDashboard {
        let stlID = try stl?.requireID()
        let plans = try await ActionPlanData.load(stlID, on: db)
        let commitments = plans.flatMap(\.commitments)
        let agreements = try await AgreementTracker.rows(of: stlID, today: today, on: db)
        let expenseQuery = ExpenseRecord.query(on: db)
        if let stlID { expenseQuery.filter(\.$secretariat.$id == stlID) }
        let expenses = try await expenseQuery.filter(\.$annulledAt == nil).all()
        let outreachQuery = OutreachActivity.query(on: db)
        if let stlID { outreachQuery.filter(\.$secretariat.$id == stlID) }
        let outreach = try await outreachQuery.all()

        var lines: [SecretariatLine] = []
        if stl == nil {
            let secretariats = try await Secretariat.query(on: db).sort(\.$name).all()
            for secretariat in secretariats {
                let id = secretariat.id!
                let own = commitments.filter { $0.$secretariat.id == id }
                let ownAgreements = agreements.filter { $0.agreement.$secretariat.id == id }
                lines.append(
                    SecretariatLine(
                        slug: secretariat.slug, name: secretariat.name, commitments: own.count,
                        advanced: own.filter { $0.assessment.level >= .sustancial }.count,
                        agreements: ownAgreements.count, overdue: ownAgreements.filter(\.isOverdue).count,
                        spending: try MoneyMXN.sum(expenses.filter { $0.$secretariat.id == id }.map(\.amount)),
                        outreach: outreach.filter { $0.$secretariat.id == id }.count))
            }
        }
        let milestones = commitments.flatMap(\.milestones)
        return FollowUpDashboard(
            plans: plans.count,
            completion: CompletionCounts(commitments.map(\.assessment.level)),
            milestones: milestones.count,
            milestonesVerified: milestones.filter { $0.done && !$0.evidenceLinks.isEmpty }.count,
            timeline: AgreementTimeline(agreements.map { ($0.adoptedAt, $0.agreement.status, $0.agreement.dueOn) }, today: today),
            spending: try SpendingTotals(expenses.map(\.expense), period: .quarter),
            outreachCount: outreach.count,
            outreachAttendees: outreach.reduce(0) { $0 + $1.attendees },
            outreachByKind: OutreachKind.allCases.map { kind in (kind, outreach.filter { $0.kind == kind }.count) }.filter { $0.count > 0 },
            lines: lines)
    }
}

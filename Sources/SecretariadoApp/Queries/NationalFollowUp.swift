import Fluent
import SQLKit
import SecretariadoCore
import Vapor

/// The national follow-up dashboard (`/seguimiento`, `GET /api/v1/followup`) from
/// aggregates: the database counts and sums per STL, per session date and per spending day
/// (GROUP BY), and only what the rules must judge in Swift — each commitment's completion
/// level from its milestones — is read row by row, a few columns at a time.
///
/// Loading every record of the country as models, as the per-STL dashboard does for one STL,
/// took minutes with 2,500 STLs and ten years of data, and its `IN (…)` lists of every
/// agreement went past the databases' limit on bound parameters (docs/benchmarks.md).
enum NationalFollowUp {
    static func load(today: Date, on db: any Database) async throws -> FollowUpDashboard {
        guard let sql = db as? any SQLDatabase else { throw AppError.notFound(Localized(es: "Sin SQL.", en: "No SQL.")) }
        let count = SQLFunction("COUNT", args: SQLLiteral.all)

        // Commitments and their milestones: the level needs every milestone's done/evidence.
        var levelOf: [UUID: (stl: UUID, override: CompletionLevel?)] = [:]
        for row in try await sql.select().columns("id", "secretariat_id", "level_override").from(Commitment.schema).all() {
            levelOf[try row.decode(column: "id", as: UUID.self)] = (
                try row.decode(column: "secretariat_id", as: UUID.self),
                try row.decode(column: "level_override", as: String?.self).flatMap(CompletionLevel.init(rawValue:))
            )
        }
        var progress: [UUID: [MilestoneProgress]] = [:]
        var milestoneCount = 0
        var verifiedCount = 0
        for row in try await sql.select().column("commitment_id").column("done").column(count, as: "n").from(Milestone.schema)
            .where("done", .equal, SQLBind(false)).groupBy("commitment_id").groupBy("done").all()
        {
            let n = try row.decode(column: "n", as: Int.self)
            progress[try row.decode(column: "commitment_id", as: UUID.self), default: []] += Array(
                repeating: MilestoneProgress(done: false, hasEvidence: false), count: n)
            milestoneCount += n
        }
        // Only done milestones need their evidence read.
        for row in try await sql.select().columns("commitment_id", "evidence_links").from(Milestone.schema)
            .where("done", .equal, SQLBind(true)).all()
        {
            let evidence = !(try row.decode(column: "evidence_links", as: [String].self)).isEmpty
            progress[try row.decode(column: "commitment_id", as: UUID.self), default: []].append(MilestoneProgress(done: true, hasEvidence: evidence))
            milestoneCount += 1
            if evidence { verifiedCount += 1 }
        }
        var levels: [CompletionLevel] = []
        var commitmentsBySTL: [UUID: (count: Int, advanced: Int)] = [:]
        for (id, commitment) in levelOf {
            let level = CommitmentAssessment(milestones: progress[id] ?? [], override: commitment.override, reason: nil).level
            levels.append(level)
            commitmentsBySTL[commitment.stl, default: (0, 0)].count += 1
            if level >= .sustancial { commitmentsBySTL[commitment.stl, default: (0, 0)].advanced += 1 }
        }

        // Agreements by the date their session began (or their creation), stored status and
        // whether the due date has passed: the groups are few, whatever the number of rows.
        let adopted = SQLFunction(
            "COALESCE", args: SQLColumn("starts_at", table: StlSession.schema), SQLColumn("created_at", table: Agreement.schema))
        let due = SQLColumn("due_on", table: Agreement.schema)
        var agreements: [(adoptedAt: Date, stored: AgreementStatus, dueOn: Date?)] = []
        for row in try await sql.select()
            .column(adopted, as: "adopted").column(SQLColumn("status", table: Agreement.schema), as: "status")
            .column(due, as: "due_on").column(count, as: "n")
            .from(Agreement.schema)
            .join(
                StlSession.schema, method: SQLJoinMethod.left, on: SQLColumn("id", table: StlSession.schema), .equal,
                SQLColumn("session_id", table: Agreement.schema)
            )
            .groupBy(adopted).groupBy(SQLColumn("status", table: Agreement.schema)).groupBy(due)
            .all()
        {
            let entry = (
                try row.decode(column: "adopted", as: Date?.self) ?? today,
                try row.decode(column: "status", as: AgreementStatus.self), try row.decode(column: "due_on", as: Date?.self)
            )
            agreements += Array(repeating: entry, count: try row.decode(column: "n", as: Int.self))
        }

        // Spending by day and concept; outreach by kind.
        var expenses: [Expense] = []
        for row in try await sql.select().columns("spent_on", "concept").column(Self.bigintSum("amount_centavos"), as: "total")
            .from(ExpenseRecord.schema).where(SQLColumn("annulled_at"), .is, SQLLiteral.null)
            .groupBy("spent_on").groupBy("concept").all()
        {
            expenses.append(
                Expense(
                    date: try row.decode(column: "spent_on", as: Date.self), concept: try row.decode(column: "concept", as: String.self),
                    amount: MoneyMXN(centavos: try row.decode(column: "total", as: Int64.self))))
        }
        var outreachByKind: [OutreachKind: Int] = [:]
        var attendees = 0
        for row in try await sql.select().column("kind").column(count, as: "n").column(Self.bigintSum("attendees"), as: "people")
            .from(OutreachActivity.schema).groupBy("kind").all()
        {
            if let kind = OutreachKind(rawValue: try row.decode(column: "kind", as: String.self)) {
                outreachByKind[kind, default: 0] += try row.decode(column: "n", as: Int.self)
            }
            attendees += Int(try row.decode(column: "people", as: Int64?.self) ?? 0)
        }

        let lines = try await lines(commitments: commitmentsBySTL, today: today, on: sql)
        let plans = try await sql.select().column(count, as: "n").from(ActionPlan.schema).first()?.decode(column: "n", as: Int.self) ?? 0
        return FollowUpDashboard(
            plans: plans, completion: CompletionCounts(levels), milestones: milestoneCount, milestonesVerified: verifiedCount,
            timeline: AgreementTimeline(agreements, today: today), spending: try SpendingTotals(expenses, period: .quarter),
            outreachCount: outreachByKind.values.reduce(0, +), outreachAttendees: attendees,
            outreachByKind: OutreachKind.allCases.compactMap { kind in outreachByKind[kind].map { (kind, $0) } },
            lines: lines)
    }

    /// `CAST(SUM(column) AS BIGINT)`: standard SQL, so that PostgreSQL (whose sum of a
    /// bigint is a numeric) and SQLite both answer a 64-bit integer.
    static func bigintSum(_ column: String) -> any SQLExpression {
        SQLFunction("CAST", args: SQLList([SQLFunction("SUM", args: SQLColumn(column)), SQLRaw("AS BIGINT")], separator: SQLRaw(" ")))
    }

    /// One line per STL, by name, from per-STL counts and sums.
    private static func lines(commitments: [UUID: (count: Int, advanced: Int)], today: Date, on sql: any SQLDatabase) async throws
        -> [FollowUpDashboard.SecretariatLine]
    {
        func perSTL(_ table: String, _ value: any SQLExpression, where filter: ((SQLSelectBuilder) -> SQLSelectBuilder)? = nil) async throws -> [UUID:
            Int64]
        {
            var query = sql.select().column("secretariat_id").column(value, as: "v").from(table)
            if let filter { query = filter(query) }
            var found: [UUID: Int64] = [:]
            for row in try await query.groupBy("secretariat_id").all() {
                found[try row.decode(column: "secretariat_id", as: UUID.self)] = try row.decode(column: "v", as: Int64?.self) ?? 0
            }
            return found
        }
        let count = SQLFunction("COUNT", args: SQLLiteral.all)
        let agreements = try await perSTL(Agreement.schema, count)
        let open = [AgreementStatus.pendiente, .enProceso].map(\.rawValue)
        let overdue = try await perSTL(Agreement.schema, count) {
            $0.where("status", .in, SQLBind.group(open)).where("due_on", .lessThan, SQLBind(today))
        }
        let spending = try await perSTL(ExpenseRecord.schema, Self.bigintSum("amount_centavos")) {
            $0.where(SQLColumn("annulled_at"), .is, SQLLiteral.null)
        }
        let outreach = try await perSTL(OutreachActivity.schema, count)
        return try await sql.select().columns("id", "slug", "name").from(Secretariat.schema).orderBy("name").all().map { row in
            let id = try row.decode(column: "id", as: UUID.self)
            return FollowUpDashboard.SecretariatLine(
                slug: try row.decode(column: "slug", as: String.self), name: try row.decode(column: "name", as: String.self),
                commitments: commitments[id]?.count ?? 0, advanced: commitments[id]?.advanced ?? 0,
                agreements: Int(agreements[id] ?? 0), overdue: Int(overdue[id] ?? 0),
                spending: MoneyMXN(centavos: spending[id] ?? 0), outreach: Int(outreach[id] ?? 0))
        }
    }
}

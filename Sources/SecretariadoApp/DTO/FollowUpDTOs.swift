import SecretariadoCore
import Vapor

// What the follow-up API answers. Optional fields are left out when empty.

/// An agreement with its status today and its follow-up notes, newest first.
struct AgreementDetailDTO: Content {
    let id: UUID
    let number: Int
    let code: String
    let title: String
    let description: String?
    let owner: String
    let ownerSector: String?
    let dueOn: String?
    let status: String
    let effectiveStatus: String
    let overdue: Bool
    let sessionId: UUID?
    let notes: [AgreementNoteDTO]

    init(_ row: AgreementRow) {
        let agreement = row.agreement
        id = agreement.id!
        number = agreement.number
        code = agreement.code
        title = agreement.title
        description = agreement.description
        owner = agreement.owner
        ownerSector = agreement.ownerSector
        dueOn = agreement.dueOn.map(RecordTime.localDate)
        status = agreement.status.rawValue
        effectiveStatus = row.status.rawValue
        overdue = row.isOverdue
        sessionId = agreement.$session.id
        notes = row.notes.map(AgreementNoteDTO.init)
    }
}

struct AgreementNoteDTO: Content {
    let id: UUID
    let notedOn: String
    let text: String
    let evidenceLinks: [String]
    let status: String?
    let author: String

    init(_ note: AgreementNote) {
        id = note.id!
        notedOn = RecordTime.localDate(note.notedOn)
        text = note.text
        evidenceLinks = note.evidenceLinks
        status = note.status?.rawValue
        author = note.author
    }
}

struct ActionPlanDTO: Content {
    let id: UUID
    let title: String
    let description: String?
    let startsOn: String
    let endsOn: String
    let commitments: [CommitmentDTO]
    /// Present, and true, only on a record the demo invented.
    let demo: Bool?

    init(_ data: PlanWithCommitments) {
        id = data.plan.id!
        demo = data.plan.isDemo ? true : nil
        title = data.plan.title
        description = data.plan.description
        startsOn = RecordTime.localDate(data.plan.startsOn)
        endsOn = RecordTime.localDate(data.plan.endsOn)
        commitments = data.commitments.map(CommitmentDTO.init)
    }
}

struct CommitmentDTO: Content {
    let id: UUID
    let planId: UUID
    let number: Int
    let title: String
    let problem: String
    let objective: String
    let leadInstitution: String
    let coResponsible: String
    let ogpValues: [String]
    /// What the milestones support (OGP IRM scale).
    let derivedLevel: String
    /// The STL's own judgement, when it set one, and why.
    let levelOverride: String?
    let overrideReason: String?
    /// The level reported: the override if any, else the derived one.
    let level: String
    let milestones: [MilestoneDTO]

    /// `commitment.milestones` must be loaded.
    init(_ commitment: Commitment) {
        let assessment = commitment.assessment
        id = commitment.id!
        planId = commitment.$plan.id
        number = commitment.number
        title = commitment.title
        problem = commitment.problem
        objective = commitment.objective
        leadInstitution = commitment.leadInstitution
        coResponsible = commitment.coResponsible
        ogpValues = commitment.ogpValues
        derivedLevel = assessment.derived.rawValue
        levelOverride = assessment.override?.rawValue
        overrideReason = assessment.reason
        level = assessment.level.rawValue
        milestones = commitment.milestones.map(MilestoneDTO.init)
    }
}

struct MilestoneDTO: Content {
    let id: UUID
    let position: Int
    let title: String
    let dueOn: String?
    let done: Bool
    let doneOn: String?
    let evidenceLinks: [String]

    init(_ milestone: Milestone) {
        id = milestone.id!
        position = milestone.position
        title = milestone.title
        dueOn = milestone.dueOn.map(RecordTime.localDate)
        done = milestone.done
        doneOn = milestone.doneOn.map(RecordTime.localDate)
        evidenceLinks = milestone.evidenceLinks
    }
}

/// Amounts are decimal text ("1234.50") and whole centavos: exact, never floating point.
struct ExpenseDTO: Content {
    let id: UUID
    let spentOn: String
    let concept: String
    let amount: String
    let amountCentavos: Int64
    let source: String
    let receiptUrl: String?
    /// An annulled expense is listed but counts in no total.
    let annulled: Bool
    let annulReason: String?
    /// Present, and true, only on a record the demo invented.
    let demo: Bool?

    init(_ expense: ExpenseRecord) {
        id = expense.id!
        demo = expense.isDemo ? true : nil
        spentOn = RecordTime.localDate(expense.spentOn)
        concept = expense.concept
        amount = expense.amount.decimalString
        amountCentavos = expense.amountCentavos
        source = expense.source
        receiptUrl = expense.receiptURL
        annulled = expense.isAnnulled
        annulReason = expense.annulReason
    }
}

struct TotalDTO: Content {
    let key: String
    let amount: String
    let amountCentavos: Int64

    init(_ key: String, _ total: MoneyMXN) {
        self.key = key
        amount = total.decimalString
        amountCentavos = total.centavos
    }
}

/// The expenses with their exact totals per period and per concept.
struct ExpensesDTO: Content {
    let period: String
    let total: String
    let totalCentavos: Int64
    let byPeriod: [TotalDTO]
    let byConcept: [TotalDTO]
    let items: [ExpenseDTO]

    init(_ expenses: [ExpenseRecord], period: SpendingTotals.Period) throws {
        let totals = try SpendingTotals(expenses.filter { !$0.isAnnulled }.map(\.expense), period: period)
        self.period = period.rawValue
        total = totals.total.decimalString
        totalCentavos = totals.total.centavos
        byPeriod = totals.byPeriod.map { TotalDTO($0.key, $0.total) }
        byConcept = totals.byConcept.map { TotalDTO($0.key, $0.total) }
        items = expenses.map(ExpenseDTO.init)
    }
}

struct OutreachDTO: Content {
    let id: UUID
    let heldOn: String
    let kind: String
    let title: String
    let audience: String
    let attendees: Int
    let materialLinks: [String]
    /// Present, and true, only on a record the demo invented.
    let demo: Bool?

    init(_ activity: OutreachActivity) {
        id = activity.id!
        demo = activity.isDemo ? true : nil
        heldOn = RecordTime.localDate(activity.heldOn)
        kind = activity.kind.rawValue
        title = activity.title
        audience = activity.audience
        attendees = activity.attendees
        materialLinks = activity.materialLinks
    }
}

/// The dashboard's numbers, for one STL or the country.
struct FollowUpSummaryDTO: Content {
    struct LevelCount: Content {
        let level: String
        let count: Int
    }

    struct QuarterCounts: Content {
        let quarter: String
        let counts: [String: Int]
    }

    struct SecretariatLine: Content {
        let slug: String
        let commitments: Int
        let advancedCommitments: Int
        let agreements: Int
        let overdueAgreements: Int
        let spending: String
        let outreachActivities: Int
    }

    let actionPlans: Int
    let commitments: Int
    let commitmentsByLevel: [LevelCount]
    let milestones: Int
    let milestonesVerified: Int
    let agreements: Int
    let agreementsByStatus: [String: Int]
    let agreementsByQuarter: [QuarterCounts]
    let spendingTotal: String
    let spendingByQuarter: [TotalDTO]
    let spendingByConcept: [TotalDTO]
    let outreachActivities: Int
    let outreachAttendees: Int
    let secretariats: [SecretariatLine]?

    init(_ dashboard: FollowUpDashboard, national: Bool) {
        actionPlans = dashboard.plans
        commitments = dashboard.completion.total
        commitmentsByLevel = dashboard.completion.rows.map { LevelCount(level: $0.level.rawValue, count: $0.count) }
        milestones = dashboard.milestones
        milestonesVerified = dashboard.milestonesVerified
        agreements = dashboard.timeline.total
        agreementsByStatus = Dictionary(uniqueKeysWithValues: AgreementTimeline.order.map { ($0.rawValue, dashboard.timeline.total($0)) })
        agreementsByQuarter = dashboard.timeline.periods.map { period in
            QuarterCounts(
                quarter: period.key, counts: Dictionary(uniqueKeysWithValues: AgreementTimeline.order.map { ($0.rawValue, period.count($0)) }))
        }
        spendingTotal = dashboard.spending.total.decimalString
        spendingByQuarter = dashboard.spending.byPeriod.map { TotalDTO($0.key, $0.total) }
        spendingByConcept = dashboard.spending.byConcept.map { TotalDTO($0.key, $0.total) }
        outreachActivities = dashboard.outreachCount
        outreachAttendees = dashboard.outreachAttendees
        secretariats =
            national
            ? dashboard.lines.map {
                SecretariatLine(
                    slug: $0.slug, commitments: $0.commitments, advancedCommitments: $0.advanced, agreements: $0.agreements,
                    overdueAgreements: $0.overdue, spending: $0.spending.decimalString, outreachActivities: $0.outreach)
            } : nil
    }
}

import Fluent
import SecretariadoCore
import Vapor

/// The follow-up demo for Nuevo León, Jalisco and Morelos: a Plan de Acción
/// Local with commitments and milestones (some done with evidence, one level adjusted by
/// the STL), follow-up notes on the agreements of the demo sessions, agreements entered
/// directly (one overdue), spending and outreach — written through the same services the
/// facilitator uses, so everything is in the audit log.
///
/// Idempotent: an STL that already has an action plan is left alone. One transaction per STL.
struct DemoFollowUpLoader {
    let db: any Database
    static let slugs = ["nuevo-leon", "jalisco", "morelos"]

    @discardableResult
    func load(today: Date = CalendarDate.today()) async throws -> Int {
        var loaded = 0
        for slug in Self.slugs {
            guard let script = DemoFollowUpScript.plan(for: slug),
                let stl = try await Secretariat.query(on: db).filter(\.$slug == slug).first(),
                try await ActionPlan.query(on: db).filter(\.$secretariat.$id == stl.requireID()).count() == 0
            else { continue }
            try await db.writeTransaction { db in
                let before = try await Agreement.query(on: db).filter(\.$secretariat.$id == stl.requireID()).all(\.$id)
                try await Self.load(stl, script, today: today, on: db)
                try await DemoMarks.mark([.plans, .expenses, .outreach], of: stl.requireID(), on: db)
                try await DemoMarks.markAgreements(of: stl.requireID(), except: Set(before), on: db)
            }
            loaded += 1
        }
        return loaded
    }

    private static func load(_ stl: Secretariat, _ script: DemoFollowUpScript.Plan, today: Date, on db: any Database) async throws {
        let facilitatorName = try await FacilitatorTerm.query(on: db).filter(\.$secretariat.$id == stl.requireID())
            .filter(\.$endsOn == nil).with(\.$person).first()?.person?.name
        let actor = SessionActor.system(name: facilitatorName ?? "Secretaría técnica del STL")
        let plan = try await ActionPlanWrites.createPlan(
            ActionPlanInput(title: script.title, description: script.description, startsOn: script.startsOn, endsOn: script.endsOn),
            in: stl, by: actor, on: db)
        for item in script.commitments {
            let commitment = try await ActionPlanWrites.addCommitment(
                CommitmentInput(
                    title: item.title, problem: item.problem, objective: item.objective, leadInstitution: item.lead,
                    coResponsible: item.coResponsible, ogpValues: item.values.map(\.rawValue).joined(separator: ",")),
                to: plan.requireID(), in: stl, by: actor, on: db)
            for step in item.milestones {
                let milestone = try await ActionPlanWrites.addMilestone(
                    MilestoneInput(title: step.title, dueOn: step.dueOn), to: commitment.requireID(), in: stl, by: actor, on: db)
                guard let doneOn = step.doneOn else { continue }
                // A demo loaded before the scripted date still loads: "today" is at least that day.
                let day = max(today, CalendarDate.parse(doneOn) ?? today)
                _ = try await ActionPlanWrites.updateMilestone(
                    milestone.requireID(), of: commitment.requireID(),
                    MilestoneUpdateInput(done: "true", doneOn: doneOn, evidenceLinks: step.evidence.joined(separator: "\n")),
                    in: stl, by: actor, today: day, on: db)
            }
            if let (level, reason) = item.override {
                _ = try await ActionPlanWrites.setLevel(
                    commitment.requireID(), CommitmentLevelInput(levelOverride: level.rawValue, overrideReason: reason), in: stl, by: actor, on: db)
            }
        }
        try await agreements(stl, actor: actor, today: today, on: db)
        for expense in DemoFollowUpScript.expenses(for: stl.slug) {
            _ = try await ExpenseWrites.record(
                ExpenseInput(
                    spentOn: expense.date, concept: expense.concept, amount: expense.amount, source: expense.source,
                    receiptUrl: DemoFollowUpScript.evidence(stl.slug, "comprobante-\(expense.date).pdf")),
                in: stl, by: actor, on: db)
        }
        for activity in DemoFollowUpScript.activities(for: stl.slug) {
            _ = try await OutreachWrites.record(
                OutreachInput(
                    heldOn: activity.date, kind: activity.kind.rawValue, title: activity.title, audience: activity.audience,
                    attendees: "\(activity.attendees)", materialLinks: activity.materials.joined(separator: "\n")),
                in: stl, by: actor, on: db)
        }
    }

    /// Notes on the agreements of the demo sessions, and two agreements entered directly:
    /// one still open three weeks past its due date (overdue), one under way.
    private static func agreements(_ stl: Secretariat, actor: SessionActor, today: Date, on db: any Database) async throws {
        let existing = try await Agreement.query(on: db).filter(\.$secretariat.$id == stl.requireID()).sort(\.$number).all()
        for agreement in existing.prefix(2) {
            let day = agreement.dueOn.map { min($0, today) } ?? today
            _ = try await AgreementWrites.addNote(
                agreement.requireID(),
                AgreementNoteInput(
                    notedOn: CalendarDate.format(day),
                    text: "La persona responsable informó el avance en la sesión y entregó la evidencia a la facilitación.",
                    evidenceLinks: DemoFollowUpScript.evidence(stl.slug, "seguimiento-\(agreement.code).pdf"), status: nil),
                in: stl, by: actor, today: today, on: db)
        }
        let overdue = try await AgreementWrites.create(
            AgreementCreateInput(
                title: "Publicar en el portal del STL el calendario anual de sesiones y los informes de avance del PAL",
                description: "Acordado en la reunión de trabajo con las organizaciones, fuera de sesión formal.",
                owner: "Facilitación del STL", ownerSector: nil,
                dueOn: CalendarDate.format(today.addingTimeInterval(-21 * 86_400)), sessionId: nil),
            in: stl, by: actor, today: today, on: db)
        _ = try await AgreementWrites.addNote(
            overdue.requireID(),
            AgreementNoteInput(
                notedOn: CalendarDate.format(today.addingTimeInterval(-35 * 86_400)),
                text: "Se solicitó al organismo garante el espacio en su portal; sin respuesta todavía.", evidenceLinks: nil, status: "en_proceso"),
            in: stl, by: actor, today: today, on: db)
        _ = try await AgreementWrites.create(
            AgreementCreateInput(
                title: "Presentar a la ciudadanía el informe semestral de avance del Plan de Acción Local",
                description: nil, owner: "Organismo garante", ownerSector: "organismo_garante",
                dueOn: CalendarDate.format(today.addingTimeInterval(60 * 86_400)), sessionId: nil),
            in: stl, by: actor, today: today, on: db)
    }
}

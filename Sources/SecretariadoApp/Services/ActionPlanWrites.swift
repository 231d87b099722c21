import Fluent
import SecretariadoCore
import Vapor

/// The Plan de Acción Local: plans, their commitments and milestones, and the STL's own
/// judgement of a commitment's level. Every change is audited against the commitment or
/// milestone it touches, which is what a commitment's history page reads.
enum ActionPlanWrites {
    static func createPlan(_ input: ActionPlanInput, in stl: Secretariat, by actor: SessionActor, on db: any Database) async throws -> ActionPlan {
        let title = try FieldCheck.required(input.title, "title")
        let description = try FieldCheck.optional(input.description, "description", maxLength: 5_000)
        let startsOn = try FollowUpFields.requiredDate(input.startsOn, "startsOn")
        let endsOn = try FollowUpFields.requiredDate(input.endsOn, "endsOn")
        guard endsOn >= startsOn else {
            throw AppError.invalid(
                field: "endsOn",
                Localized(
                    es: "«endsOn» no puede ser anterior a «startsOn».", en: "“endsOn” cannot be before “startsOn”."))
        }
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            if try await ActionPlan.query(on: db).filter(\.$secretariat.$id == stlID).filter(\.$title == title).first() != nil {
                throw AppError.conflict(
                    field: "title",
                    Localized(
                        es: "Ya existe un plan de acción con ese título.", en: "There is already an action plan with that title."))
            }
            let plan = ActionPlan(secretariatID: stlID, title: title, description: description, startsOn: startsOn, endsOn: endsOn)
            try await plan.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stlID, action: .create, entity: .actionPlan,
                entityID: plan.id?.uuidString, summary: "Plan de Acción Local registrado: \(title)",
                change: .after(PlanSnapshot(plan)))
            return plan
        }
    }

    static func addCommitment(_ input: CommitmentInput, to planID: UUID, in stl: Secretariat, by actor: SessionActor, on db: any Database)
        async throws -> Commitment
    {
        let title = try FieldCheck.required(input.title, "title")
        let problem = try FieldCheck.required(input.problem, "problem", maxLength: 5_000)
        let objective = try FieldCheck.required(input.objective, "objective", maxLength: 5_000)
        let lead = try FieldCheck.required(input.leadInstitution, "leadInstitution")
        let coResponsible = try FieldCheck.required(input.coResponsible, "coResponsible")
        let values = try FollowUpFields.ogpValues(input.ogpValues, "ogpValues")
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            let plan = try await FollowUpScope.plan(planID, in: stl, on: db)
            try await RowLock.secretariat(stlID, on: db)
            let number = (try await Commitment.query(on: db).filter(\.$plan.$id == planID).max(\.$number) ?? 0) + 1
            let commitment = Commitment(
                secretariatID: stlID, planID: try plan.requireID(), number: number, title: title, problem: problem,
                objective: objective, leadInstitution: lead, coResponsible: coResponsible, ogpValues: values)
            try await commitment.create(on: db)
            commitment.$milestones.value = []
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stlID, action: .create, entity: .commitment,
                entityID: commitment.id?.uuidString, summary: "Compromiso \(number) del plan «\(plan.title)»: \(title)",
                change: .after(CommitmentSnapshot(commitment)))
            return commitment
        }
    }

    /// Sets (or, with an empty level, removes) the STL's own completion level, which needs a reason.
    static func setLevel(_ id: UUID, _ input: CommitmentLevelInput, in stl: Secretariat, by actor: SessionActor, on db: any Database) async throws
        -> Commitment
    {
        let level = try FieldCheck.choice(input.levelOverride, "levelOverride", as: CompletionLevel.self)
        let reason = try FieldCheck.optional(input.overrideReason, "overrideReason", maxLength: 2_000)
        if level != nil, reason == nil {
            throw AppError.invalid(
                field: "overrideReason",
                Localized(
                    es: "Explica en «overrideReason» por qué el nivel difiere del que indican los hitos.",
                    en: "Explain in “overrideReason” why the level differs from what the milestones show."))
        }
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            let commitment = try await FollowUpScope.commitment(id, in: stl, on: db)
            let before = CommitmentSnapshot(commitment)
            commitment.levelOverride = level
            commitment.overrideReason = level == nil ? nil : reason
            try await commitment.update(on: db)
            let derived = commitment.assessment.derived
            let summary =
                level.map {
                    "Compromiso \(commitment.number): nivel ajustado a «\($0.label.es)» (según hitos: «\(derived.label.es)»). Motivo: \(reason ?? "")"
                }
                ?? "Compromiso \(commitment.number): el nivel vuelve a seguir los hitos («\(derived.label.es)»)"
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stlID, action: .update, entity: .commitment,
                entityID: id.uuidString, summary: summary, change: .changed(from: before, to: CommitmentSnapshot(commitment)))
            return commitment
        }
    }

    static func addMilestone(_ input: MilestoneInput, to commitmentID: UUID, in stl: Secretariat, by actor: SessionActor, on db: any Database)
        async throws -> Milestone
    {
        let title = try FieldCheck.required(input.title, "title")
        let dueOn = try FieldCheck.date(input.dueOn, "dueOn")
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            try await RowLock.secretariat(stlID, on: db)
            let commitment = try await FollowUpScope.commitment(commitmentID, in: stl, on: db)
            let position = (commitment.milestones.map(\.position).max() ?? 0) + 1
            guard position <= 50 else {
                throw AppError.conflict(
                    field: nil,
                    Localized(
                        es: "Un compromiso admite como máximo 50 hitos.", en: "A commitment allows at most 50 milestones."))
            }
            let milestone = Milestone(commitmentID: commitmentID, position: position, title: title, dueOn: dueOn)
            try await milestone.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stlID, action: .create, entity: .milestone,
                entityID: milestone.id?.uuidString, summary: "Compromiso \(commitment.number), hito \(position): \(title)",
                change: .after(MilestoneSnapshot(milestone)))
            return milestone
        }
    }

    /// Marks a milestone done or not, with the date and the evidence that prove it.
    static func updateMilestone(
        _ id: UUID, of commitmentID: UUID, _ input: MilestoneUpdateInput, in stl: Secretariat, by actor: SessionActor,
        today: Date = CalendarDate.today(), on db: any Database
    ) async throws -> Milestone {
        let done: Bool? = input.done == nil ? nil : try SessionFields.flag(input.done, "done")
        let doneOn = try FieldCheck.date(input.doneOn, "doneOn")
        let links = try FollowUpFields.links(input.evidenceLinks, "evidenceLinks")
        if let doneOn, doneOn > today {
            throw AppError.invalid(
                field: "doneOn",
                Localized(
                    es: "«doneOn» no puede ser una fecha futura.", en: "“doneOn” cannot be in the future."))
        }
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            let commitment = try await FollowUpScope.commitment(commitmentID, in: stl, on: db)
            let milestone = try await FollowUpScope.milestone(id, of: commitment, on: db)
            let before = MilestoneSnapshot(milestone)
            let levelBefore = commitment.assessment.derived
            if let done { milestone.done = done }
            milestone.doneOn = milestone.done ? (doneOn ?? milestone.doneOn ?? today) : nil
            if let links { milestone.evidenceLinks = links }
            try await milestone.update(on: db)
            commitment.$milestones.value = commitment.milestones.map { $0.id == id ? milestone : $0 }
            let levelAfter = commitment.assessment.derived
            var summary =
                "Compromiso \(commitment.number), hito \(milestone.position): "
                + (milestone.done ? "cumplido" : "pendiente") + (milestone.evidenceLinks.isEmpty ? " sin evidencia" : " con evidencia")
            if levelAfter != levelBefore { summary += "; nivel según hitos: «\(levelAfter.label.es)»" }
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stlID, action: .update, entity: .milestone,
                entityID: id.uuidString, summary: summary, change: .changed(from: before, to: MilestoneSnapshot(milestone)))
            return milestone
        }
    }

    private struct PlanSnapshot: Encodable {
        let title: String
        let startsOn: String
        let endsOn: String

        init(_ plan: ActionPlan) {
            title = plan.title
            startsOn = RecordTime.localDate(plan.startsOn)
            endsOn = RecordTime.localDate(plan.endsOn)
        }
    }

    private struct CommitmentSnapshot: Encodable {
        let number: Int
        let title: String
        let leadInstitution: String
        let coResponsible: String
        let ogpValues: [String]
        let levelOverride: String?
        let overrideReason: String?

        init(_ commitment: Commitment) {
            number = commitment.number
            title = commitment.title
            leadInstitution = commitment.leadInstitution
            coResponsible = commitment.coResponsible
            ogpValues = commitment.ogpValues
            levelOverride = commitment.levelOverride?.rawValue
            overrideReason = commitment.overrideReason
        }
    }

    private struct MilestoneSnapshot: Encodable {
        let position: Int
        let title: String
        let dueOn: String?
        let done: Bool
        let doneOn: String?
        let evidenceLinks: [String]

        init(_ milestone: Milestone) {
            position = milestone.position
            title = milestone.title
            dueOn = milestone.dueOn.map(RecordTime.localDate)
            done = milestone.done
            doneOn = milestone.doneOn.map(RecordTime.localDate)
            evidenceLinks = milestone.evidenceLinks
        }
    }
}

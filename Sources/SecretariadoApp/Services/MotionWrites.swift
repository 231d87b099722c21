import Fluent
import SQLKit
import SecretariadoCore
import Vapor

/// Motions under agenda points, and closing their votes: the STL's own rule decides
/// (`DecisionEngine`), the outcome is stored with its explanation, and an adopted motion
/// becomes an acuerdo.
enum MotionWrites {
    static func create(_ input: MotionInput, session sessionID: UUID, in stl: Secretariat, by actor: SessionActor, now: Date, on db: any Database)
        async throws -> Motion
    {
        let itemID = try FieldCheck.requiredUUID(input.agendaItemId, "agendaItemId")
        let title = try FieldCheck.required(input.title, "title", maxLength: 500)
        let text = try FieldCheck.optional(input.text, "text", maxLength: 5_000)
        let owner = try FieldCheck.optionalName(input.agreementOwner, "agreementOwner", maxLength: 300)
        let ownerSector = try FieldCheck.optional(input.agreementOwnerSector, "agreementOwnerSector", maxLength: 40)
        let dueOn = try FieldCheck.date(input.agreementDueOn, "agreementDueOn")
        let draftID = try (input.governanceDraftId?.isEmpty == false) ? FieldCheck.requiredUUID(input.governanceDraftId, "governanceDraftId") : nil
        let stlID = try stl.requireID()
        if let ownerSector,
            try await SectorRecord.query(on: db).filter(\.$secretariat.$id == stlID)
                .filter(\.$code == ownerSector).first() == nil
        {
            throw AppError.invalid(
                field: "agreementOwnerSector",
                Localized(
                    es: "Este secretariado no tiene el sector «\(ownerSector)».", en: "This secretariat has no sector “\(ownerSector)”."))
        }
        return try await db.writeTransaction { db in
            let session = try await SessionScope.locked(sessionID, in: stl, on: db)
            try SessionScope.requireWritable(session)
            try SessionScope.requireStarted(session, now: now)
            guard try await AgendaItem.query(on: db).filter(\.$id == itemID).filter(\.$session.$id == sessionID).first() != nil else {
                throw AppError.invalid(
                    field: "agendaItemId",
                    Localized(
                        es: "Ese punto no está en el orden del día de esta sesión.", en: "That point is not on this session's agenda."))
            }
            if let draftID {
                _ = try await GovernanceWrites.requireVotable(draftID, in: stlID, on: db)
            }
            let motion = Motion(
                sessionID: sessionID, agendaItemID: itemID, title: title, text: text,
                agreementOwner: owner, agreementOwnerSector: ownerSector, agreementDueOn: dueOn)
            motion.governanceDraftID = draftID
            try await motion.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stlID, action: .create, entity: .motion,
                entityID: motion.id?.uuidString,
                summary: "Moción sometida a votación: \(title)"
                    + (draftID == nil ? "" : " (adopta una propuesta de reforma del mecanismo de gobernanza)"),
                change: .after(title))
            return motion
        }
    }

    /// Closes the vote and decides it. Votes arriving after this are refused.
    static func close(_ motionID: UUID, in stl: Secretariat, by actor: SessionActor, now: Date, on db: any Database) async throws -> Motion {
        let (_, found) = try await SessionScope.motion(motionID, in: stl, on: db)
        let sessionID = try found.requireID()
        let charter = try await Charter.current(for: stl, on: db)
        let forum = try await ForumSeats.load(stl, on: db)
        return try await db.writeTransaction { db in
            // The motion's lock first: a vote in flight commits before the count, or after
            // the close, when it is refused.
            try await RowLock.motion(motionID, on: db)
            guard let motion = try await Motion.find(motionID, on: db) else { throw SessionScope.notFound }
            guard motion.status == .abierta else { throw MotionWrites.closed }
            let session = try await SessionScope.session(sessionID, in: stl, on: db)
            try SessionScope.requireWritable(session)
            try SessionScope.requireStarted(session, now: now)
            let attendance = try await SeatAttendance.query(on: db).filter(\.$session.$id == sessionID).all()
            let votes = try await Vote.query(on: db).filter(\.$motion.$id == motionID).all()
            let outcome = decide(forum: forum, attendance: attendance, votes: votes, rule: charter.decision.rule)
            motion.status = .cerrada
            motion.result = outcome.result.rawValue
            motion.decidedBy = outcome.decidedBy.rawValue
            motion.explanation = outcome.explanation.es
            motion.explanationEn = outcome.explanation.en
            motion.tally = TallyRecord(outcome.tally)
            motion.rule = charter.decision.rule
            motion.closedAt = now
            try await motion.update(on: db)
            var charterNote = ""
            if let draftID = motion.governanceDraftID {
                // The rule applied above is the one in force now; adopted, the draft becomes
                // the version in force in this same write.
                let (version, verdict) = try await GovernanceWrites.adopt(
                    draftID: draftID, by: motion, outcome: outcome.result, session: session, in: stl, actor: actor.audit, on: db)
                if let version {
                    charterNote = " Entra en vigor la versión \(version.version) del mecanismo de gobernanza."
                } else if case .staysDraft(let reason) = verdict {
                    charterNote = " " + reason.es
                }
            }
            var agreementCode: String?
            if outcome.isAdopted {
                agreementCode = try await AgreementWrites.fromMotion(motion, session: session, in: stl, now: now, by: actor, on: db).code
            }
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stl.id, action: .update, entity: .motion,
                entityID: motionID.uuidString,
                summary: "Votación cerrada: \(motion.title) — \(outcome.summary.es)"
                    + (agreementCode.map { " Acuerdo \($0)." } ?? "") + charterNote,
                change: .after(outcome.explanation.es))
            return motion
        }
    }

    /// The engine's decision from the session's attendance and the motion's votes.
    static func decide(forum: ForumSeats, attendance: [SeatAttendance], votes: [Vote], rule: DecisionRule) -> Outcome {
        DecisionEngine.decide(ballots(forum: forum, attendance: attendance, votes: votes), rule: rule, nonVotingSectors: forum.nonVotingSectors)
    }

    static func ballots(forum: ForumSeats, attendance: [SeatAttendance], votes: [Vote]) -> [SeatBallot] {
        let present = Dictionary(attendance.map { ($0.$seat.id, $0.attendance) }, uniquingKeysWith: { a, _ in a })
        let cast = Dictionary(votes.map { ($0.$seat.id, $0) }, uniquingKeysWith: { a, _ in a })
        return forum.seats.map { holders in
            let id = holders.seat.id!
            let seat = SecretariadoCore.Seat(id: holders.seat.label, sector: holders.sector)
            return SeatBallot(seat: seat, attendance: present[id] ?? .absent, vote: cast[id]?.option)
        }
    }

    static let closed = AppError.conflict(field: nil, SeatAdmission.Reason.voteClosed.message)
}

/// Casting votes: once per seat, by whoever sits for it, never doubled. There is one cast
/// path: every vote goes through `VoteBatcher.write`, which asks `SeatAdmission`.
enum VoteWrites {
    struct Cast: Sendable {
        let vote: Vote
        let replaced: Bool
    }

    /// With a `batcher` (the web and API routes), the vote joins the next group commit
    /// (`VoteBatcher`); without one (demo loads, inside another transaction), it is the
    /// only vote of its own write, under the same rules and code.
    static func cast(
        _ input: VoteInput, on motionID: UUID, in stl: Secretariat, by actor: SessionActor, now: Date, on db: any Database,
        batcher: VoteBatcher? = nil
    ) async throws -> Cast {
        let option = try FieldCheck.requiredChoice(input.option, "option", as: VoteOption.self)
        let stlID = try stl.requireID()
        let isFacilitator = actor.principal.holds(.facilitador, in: stlID)
        let job = VoteBatcher.Job(motionID: motionID, stl: stl, option: option, isFacilitator: isFacilitator, actor: actor, db: db, now: now)
        if let batcher, !db.inTransaction {
            return try await batcher.cast(job)
        }
        return try await db.writeTransaction { db in
            try await VoteBatcher.write([job], on: db)[0].get()
        }
    }

    static let noSuchMotion = AppError.notFound(
        Localized(
            es: "No existe esa moción en este secretariado.", en: "There is no such motion in this secretariat."))

    /// The HTTP answer to a refused admission: 409 when the session or motion refuses
    /// (it may change), 403 when the person does.
    static func refusal(_ reason: SeatAdmission.Reason) -> any Error {
        reason.isConflict
            ? AppError.conflict(field: nil, reason.message)
            : Refusal(reason.message.es, reason.message.en)
    }
}

import Fluent
import SecretariadoCore
import SQLKit
import Vapor

/// Motions under agenda points, and closing their votes: the STL's own rule decides
/// (`DecisionEngine`), the outcome is stored with its explanation, and an adopted motion
/// becomes an acuerdo.
enum MotionWrites {
    static func create(_ input: MotionInput, session sessionID: UUID, in stl: Secretariat, by actor: SessionActor, on db: any Database) async throws -> Motion {
        let itemID = try FieldCheck.requiredUUID(input.agendaItemId, "agendaItemId")
        let title = try FieldCheck.required(input.title, "title", maxLength: 500)
        let text = try FieldCheck.optional(input.text, "text", maxLength: 5_000)
        let owner = try FieldCheck.optionalName(input.agreementOwner, "agreementOwner", maxLength: 300)
        let ownerSector = try FieldCheck.optional(input.agreementOwnerSector, "agreementOwnerSector", maxLength: 40)
        let dueOn = try FieldCheck.date(input.agreementDueOn, "agreementDueOn")
        let stlID = try stl.requireID()
        if let ownerSector, try await SectorRecord.query(on: db).filter(\.$secretariat.$id == stlID)
            .filter(\.$code == ownerSector).first() == nil
        {
            throw AppError.invalid(field: "agreementOwnerSector", Localized(
                es: "Este secretariado no tiene el sector «\(ownerSector)».", en: "This secretariat has no sector “\(ownerSector)”."))
        }
        return try await WriteRetry.transaction(on: db) { db in
            let session = try await SessionScope.locked(sessionID, in: stl, on: db)
            try SessionScope.requireWritable(session)
            guard try await AgendaItem.query(on: db).filter(\.$id == itemID).filter(\.$session.$id == sessionID).first() != nil else {
                throw AppError.invalid(field: "agendaItemId", Localized(
                    es: "Ese punto no está en el orden del día de esta sesión.", en: "That point is not on this session's agenda."))
            }
            let motion = Motion(
                sessionID: sessionID, agendaItemID: itemID, title: title, text: text,
                agreementOwner: owner, agreementOwnerSector: ownerSector, agreementDueOn: dueOn)
            try await motion.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stlID, action: .create, entity: "motion",
                entityID: motion.id?.uuidString, summary: "Moción sometida a votación: \(title)",
                before: nil as String?, after: title)
            return motion
        }
    }

    /// Closes the vote and decides it. Votes arriving after this are refused.
    static func close(_ motionID: UUID, in stl: Secretariat, by actor: SessionActor, now: Date = Date(), on db: any Database) async throws -> Motion {
        let (_, found) = try await SessionScope.motion(motionID, in: stl, on: db)
        let sessionID = try found.requireID()
        let charter = try await Charter.current(for: stl, on: db)
        let forum = try await ForumSeats.load(stl, on: db)
        return try await WriteRetry.transaction(on: db) { db in
            // The motion's lock first: a vote in flight commits before the count, or after
            // the close, when it is refused.
            try await RowLock.motion(motionID, on: db)
            guard let motion = try await Motion.find(motionID, on: db) else { throw SessionScope.notFound }
            guard motion.status == .abierta else { throw MotionWrites.closed }
            let session = try await SessionScope.session(sessionID, in: stl, on: db)
            try SessionScope.requireWritable(session)
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
            var agreementCode: String?
            if outcome.isAdopted {
                agreementCode = try await AgreementWrites.fromMotion(motion, session: session, in: stl, now: now, by: actor, on: db).code
            }
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stl.id, action: .update, entity: "motion",
                entityID: motionID.uuidString,
                summary: "Votación cerrada: \(motion.title) — \(outcome.summary.es)"
                    + (agreementCode.map { " Acuerdo \($0)." } ?? ""),
                before: nil as String?, after: outcome.explanation.es)
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

    static let closed = AppError.conflict(field: nil, Localized(
        es: "La votación de esta moción ya está cerrada.", en: "Voting on this motion is already closed."))
}

/// Casting votes: once per seat, by whoever sits for it, never doubled.
enum VoteWrites {
    struct Cast: Sendable {
        let vote: Vote
        let replaced: Bool
    }

    /// With a `batcher` (the web and API routes), the vote joins the next group commit
    /// (`VoteBatcher`); without one (demo loads, inside another transaction), it is written
    /// on its own, under the same rules.
    static func cast(_ input: VoteInput, on motionID: UUID, in stl: Secretariat, by actor: SessionActor, on db: any Database, batcher: VoteBatcher? = nil) async throws -> Cast {
        let option = try FieldCheck.requiredChoice(input.option, "option", as: VoteOption.self)
        let stlID = try stl.requireID()
        if actor.principal.holds(.facilitador, in: stlID) {
            throw Refusal("La persona facilitadora tiene voz pero no voto.", "The facilitator has a voice but no vote.")
        }
        guard let sql = db as? any SQLDatabase else { throw AppError.badRequest(Localized(es: "Base de datos sin SQL.", en: "Database without SQL.")) }
        let grants = try await actor.userID.asyncMap { try await VoteReads.seats(of: $0, in: stlID, on: sql) } ?? []
        guard !grants.isEmpty else {
            throw Refusal("No ocupas ningún asiento en este secretariado: sólo votan sus representantes.",
                          "You hold no seat in this secretariat: only its representatives vote.")
        }
        if let batcher, !db.inTransaction {
            return try await batcher.cast(.init(motionID: motionID, stl: stl, option: option, seats: grants, actor: actor, db: db))
        }
        guard try await VoteReads.motion(motionID, in: stlID, on: sql) != nil else { throw Self.noSuchMotion }
        let policy = try await VoteChangeRule.policy(for: stl, on: db)
        return try await WriteRetry.transaction(on: db) { db in
            guard let sql = db as? any SQLDatabase else { throw Self.noSuchMotion }
            try await RowLock.motion(motionID, on: db)
            guard let motion = try await VoteReads.motion(motionID, in: stlID, on: sql) else { throw SessionScope.notFound }
            guard motion.open else { throw MotionWrites.closed }
            let probe = StlSession()
            probe.status = motion.sessionStatus
            try SessionScope.requireWritable(probe)
            let seat = try await VoteReads.eligibleSeat(grants, session: motion.sessionID, on: sql)
            if let existing = try await Vote.query(on: db).filter(\.$motion.$id == motionID).filter(\.$seat.$id == seat.seatID).first() {
                guard policy == .replace else {
                    throw AppError.conflict(field: "option", Localized(
                        es: "Tu asiento ya votó esta moción (\(existing.option.label.es.lowercased())) y el Mecanismo de Gobernanza no permite cambiar el voto.",
                        en: "Your seat already voted on this motion (\(existing.option.label.en.lowercased())) and the governance mechanism does not allow changing it."))
                }
                let before = existing.option.rawValue
                existing.option = option
                existing.holderRole = seat.holderRole
                existing.userID = actor.userID
                existing.voter = actor.name
                try await existing.update(on: db)
                try await AuditLog.record(
                    on: db, actor: actor.audit, secretariatID: stlID, action: .update, entity: "vote",
                    entityID: existing.id?.uuidString, summary: "Voto reemplazado en «\(motion.title)»",
                    before: before, after: option.rawValue)
                return Cast(vote: existing, replaced: true)
            }
            let vote = Vote(motionID: motionID, seatID: seat.seatID, option: option, holderRole: seat.holderRole, userID: actor.userID, voter: actor.name)
            vote.id = UUID()
            // The unique (motion, seat) index is the last word: a concurrent twin fails here,
            // its transaction is retried and finds this vote.
            try await VoteReads.insert(vote, on: sql)
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stlID, action: .create, entity: "vote",
                entityID: vote.id?.uuidString, summary: "Voto emitido en «\(motion.title)»",
                before: nil as String?, after: option.rawValue)
            return Cast(vote: vote, replaced: false)
        }
    }

    static let noSuchMotion = AppError.notFound(Localized(
        es: "No existe esa moción en este secretariado.", en: "There is no such motion in this secretariat."))

    /// The seat the user votes for: one of theirs whose attendance names their role there.
    static func eligibleSeat(_ grants: [RoleGrant], session sessionID: UUID, on db: any Database) async throws -> (RoleGrant, UUID) {
        let seatIDs = grants.compactMap { $0.$seat.id }
        let rows = try await SeatAttendance.query(on: db).filter(\.$session.$id == sessionID).filter(\.$seat.$id ~~ seatIDs).all()
        let attendance = Dictionary(rows.map { ($0.$seat.id, $0.attendance) }, uniquingKeysWith: { a, _ in a })
        for grant in grants {
            let seatID = grant.$seat.id!
            if let present = attendance[seatID], present.rawValue == (grant.holderRole ?? .titular).rawValue {
                return (grant, seatID)
            }
        }
        let grant = grants[0]
        switch (grant.holderRole ?? .titular, attendance[grant.$seat.id!] ?? .absent) {
        case (_, .absent):
            throw Refusal("Tu asiento no registró asistencia en esta sesión: sólo vota quien asistió.",
                          "Your seat's attendance was not recorded at this session: only those present vote.")
        case (.suplente, .titular):
            throw Refusal("El titular de tu asiento asistió: el suplente sólo vota en su ausencia.",
                          "Your seat's full member attended: the alternate votes only in their absence.")
        default:
            throw Refusal("En esta sesión tu asiento lo ocupa su suplente: vota quien asistió.",
                          "At this session your seat is held by its alternate: whoever attended votes.")
        }
    }
}

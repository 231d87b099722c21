import Fluent
import SecretariadoCore
import Vapor

/// Requesting, convening, rescheduling and cancelling sessions (facilitator function 1:
/// convene, at a representative's request, ordinary and extraordinary sessions), within the
/// notice periods of the STL's Mecanismo de Gobernanza.
enum SessionWrites {
    struct Schedule: Sendable {
        let kind: SessionKind
        let urgent: Bool
        let startsAt: Date
        let endsAt: Date
        let place: String
        let modality: SessionModality

        init(_ input: ConveneInput, defaultKind: SessionKind? = nil) throws {
            guard let kind = try FieldCheck.choice(input.kind, "kind", as: SessionKind.self) ?? defaultKind else {
                throw AppError.required("kind")
            }
            self.kind = kind
            urgent = try SessionFields.flag(input.urgent, "urgent")
            startsAt = try SessionFields.startsAt(date: input.date, time: input.time)
            endsAt = startsAt.addingTimeInterval(TimeInterval(try SessionFields.duration(input.durationMinutes) * 60))
            place = try FieldCheck.required(input.place, "place", maxLength: 300)
            modality = try FieldCheck.requiredChoice(input.modality, "modality", as: SessionModality.self)
        }
    }

    /// A representative asks the facilitator to convene a session.
    static func request(_ input: SessionRequestInput, in stl: Secretariat, by actor: SessionActor, on db: any Database) async throws -> StlSession {
        let kind = try FieldCheck.requiredChoice(input.kind, "kind", as: SessionKind.self)
        let reason = try FieldCheck.required(input.reason, "reason", maxLength: 2_000)
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            let session = StlSession(secretariatID: stlID, kind: kind, status: .solicitada)
            session.reason = reason
            session.requestedBy = actor.name
            session.requestedByUserID = actor.userID
            try await session.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stlID, action: .create, entity: .session,
                entityID: session.id?.uuidString,
                summary: "Solicitud de sesión \(kind.rawValue) de \(actor.name)",
                change: .after(SessionSnapshot(session)))
            try await SessionNotices.requested(session, in: stl, by: actor.name, on: db)
            return session
        }
    }

    /// Convenes a requested session (`requestId`) or a new one, refusing dates the charter's
    /// notice period does not allow. `now` is the moment of the convocation.
    static func convene(_ input: ConveneInput, in stl: Secretariat, by actor: SessionActor, now: Date, on db: any Database) async throws -> StlSession
    {
        let requestID = try FieldCheck.uuid(input.requestId, "requestId")
        let stlID = try stl.requireID()
        // A request that is not this STL's is a wrong field of the body (422), not a missing page.
        let existing = try await requestID.asyncMap { id in
            guard let found = try await StlSession.query(on: db).filter(\.$id == id).filter(\.$secretariat.$id == stlID).first() else {
                throw AppError.invalid(
                    field: "requestId",
                    Localized(
                        es: "Esa solicitud de sesión no existe en este secretariado.", en: "There is no such session request in this secretariat."))
            }
            return found
        }
        let schedule = try Schedule(input, defaultKind: existing?.kind)
        let charter = try await Charter.current(for: stl, on: db)
        try checkNotice(schedule, now: now, charter: charter)
        return try await db.writeTransaction { db in
            let session: StlSession
            var before: SessionSnapshot?
            if let requestID {
                session = try await SessionScope.locked(requestID, in: stl, on: db)
                guard session.status == .solicitada else {
                    throw AppError.conflict(
                        field: "requestId",
                        Localized(
                            es: "Esa solicitud ya fue atendida (\(session.status.label.es.lowercased())).",
                            en: "That request was already handled (\(session.status.label.en.lowercased()))."))
                }
                before = SessionSnapshot(session)
            } else {
                session = StlSession(secretariatID: stlID, kind: schedule.kind, status: .convocada)
            }
            try await RowLock.secretariat(stlID, on: db)
            let last = try await StlSession.query(on: db).filter(\.$secretariat.$id == stlID).max(\.$number) ?? 0
            session.number = last + 1
            session.status = .convocada
            apply(schedule, to: session)
            session.convenedAt = now
            session.convenedBy = actor.name
            try await session.save(on: db)
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stlID, action: before == nil ? .create : .update,
                entity: .session, entityID: session.id?.uuidString,
                summary: "Convocatoria: \(session.title(.es)) para el \(MexicanFormat.dateTime(schedule.startsAt))",
                change: .changed(from: before, to: SessionSnapshot(session)))
            try await SessionNotices.send(.convened, session: session, in: stl, now: now, on: db)
            return session
        }
    }

    /// Changes date, place, modality or kind of a convened session. A new date is a new
    /// convocation, so it must respect the notice period again.
    static func edit(_ id: UUID, _ input: ConveneInput, in stl: Secretariat, by actor: SessionActor, now: Date, on db: any Database) async throws
        -> StlSession
    {
        let current = try await SessionScope.session(id, in: stl, on: db)
        try SessionScope.requireWritable(current)
        let schedule = try Schedule(input, defaultKind: current.kind)
        let charter = try await Charter.current(for: stl, on: db)
        if schedule.startsAt != current.startsAt || schedule.kind != current.kind || schedule.urgent != current.urgent {
            try checkNotice(schedule, now: now, charter: charter)
        }
        return try await db.writeTransaction { db in
            let session = try await SessionScope.locked(id, in: stl, on: db)
            try SessionScope.requireWritable(session)
            let before = SessionSnapshot(session)
            apply(schedule, to: session)
            session.sequence += 1
            try await session.save(on: db)
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stl.id, action: .update, entity: .session,
                entityID: id.uuidString, summary: "Sesión modificada: \(session.title(.es))",
                change: .changed(from: before, to: SessionSnapshot(session)))
            try await SessionNotices.send(.rescheduled, session: session, in: stl, now: now, on: db)
            return session
        }
    }

    /// Cancels a convened session, or declines a request. Calendars show it as cancelled.
    static func cancel(_ id: UUID, _ input: CancelInput, in stl: Secretariat, by actor: SessionActor, on db: any Database) async throws -> StlSession
    {
        let reason = try FieldCheck.required(input.reason, "reason", maxLength: 1_000)
        return try await db.writeTransaction { db in
            let session = try await SessionScope.locked(id, in: stl, on: db)
            try SessionScope.requireWritable(session, convened: false)
            let before = SessionSnapshot(session)
            session.status = .cancelada
            session.cancelReason = reason
            session.sequence += 1
            try await session.save(on: db)
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stl.id, action: .update, entity: .session,
                entityID: id.uuidString, summary: "Sesión cancelada: \(session.title(.es)) — \(reason)",
                change: .changed(from: before, to: SessionSnapshot(session)))
            // A declined request was never on anyone's calendar: only a convened session is announced.
            if before.status == SessionStatus.convocada.rawValue {
                try await SessionNotices.send(.cancelled, session: session, in: stl, on: db)
            }
            return session
        }
    }

    static func checkNotice(_ schedule: Schedule, now: Date, charter: GovernanceMechanism) throws {
        if let problem = NoticePeriod.problem(
            kind: schedule.kind, urgent: schedule.urgent, startsAt: schedule.startsAt, convenedAt: now,
            operation: charter.operation)
        {
            throw AppError.invalid(field: problem.field, problem.message)
        }
    }

    private static func apply(_ schedule: Schedule, to session: StlSession) {
        session.kind = schedule.kind
        session.urgent = schedule.urgent
        session.startsAt = schedule.startsAt
        session.endsAt = schedule.endsAt
        session.place = schedule.place
        session.modality = schedule.modality
    }
}

/// What the audit log keeps of a session.
struct SessionSnapshot: Codable, Sendable {
    let number: Int?
    let kind: String
    let urgent: Bool
    let status: String
    let startsAt: Date?
    let place: String?
    let modality: String?
    let sequence: Int

    init(_ session: StlSession) {
        number = session.number
        kind = session.kind.rawValue
        urgent = session.urgent
        status = session.status.rawValue
        startsAt = session.startsAt
        place = session.place
        modality = session.modality?.rawValue
        sequence = session.sequence
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}

import Fluent
import SecretariadoCore
import Vapor

/// Finding a session (or motion) of a given STL, with a 404 that says what is missing.
enum SessionScope {
    static func session(_ id: UUID, in stl: Secretariat, on db: any Database) async throws -> StlSession {
        guard
            let session = try await StlSession.query(on: db)
                .filter(\.$id == id).filter(\.$secretariat.$id == stl.requireID()).first()
        else { throw notFound }
        return session
    }

    static func motion(_ id: UUID, in stl: Secretariat, on db: any Database) async throws -> (Motion, StlSession) {
        guard let motion = try await Motion.query(on: db).filter(\.$id == id).with(\.$session).first(),
            motion.session.$secretariat.id == stl.id
        else {
            throw AppError.notFound(
                Localized(
                    es: "No existe esa moción en este secretariado.", en: "There is no such motion in this secretariat."))
        }
        return (motion, motion.session)
    }

    static let notFound = AppError.notFound(
        Localized(
            es: "No existe esa sesión en este secretariado.", en: "There is no such session in this secretariat."))

    /// Refuses any change to a session that is concluded (finalised minutes) or cancelled,
    /// or, when `convened` is required, one that is still only requested.
    static func requireWritable(_ session: StlSession, convened: Bool = true) throws {
        try requireWritable(session.status, convened: convened)
    }

    static func requireWritable(_ status: SessionStatus, convened: Bool = true) throws {
        if let refusal = SessionWritability.refusal(status, convened: convened) {
            throw AppError.conflict(field: nil, refusal.message)
        }
    }

    /// Refuses recording the session's conduct (attendance, motions, closing votes,
    /// finalising) before its scheduled start, saying when it opens. 409 like the other
    /// states of a session that refuse a change for now.
    static func requireStarted(_ session: StlSession, now: Date) throws {
        if let refusal = SessionTimeGate.notYetOpen(startsAt: session.startsAt, now: now) {
            throw AppError.conflict(field: nil, refusal)
        }
    }

    /// Refuses changing the agenda once the session has started.
    static func requireAgendaEditable(_ session: StlSession, now: Date) throws {
        guard SessionTimeGate.agendaEditable(startsAt: session.startsAt, now: now) else {
            throw AppError.conflict(field: nil, agendaClosed)
        }
    }

    static let agendaClosed = Localized(
        es: "La sesión ya comenzó: su orden del día ya no puede cambiar.",
        en: "The session has already started: its agenda can no longer change.")

    /// The session as it is now, after taking its row lock in the current transaction.
    static func locked(_ id: UUID, in stl: Secretariat, on db: any Database) async throws -> StlSession {
        try await RowLock.session(id, on: db)
        return try await session(id, in: stl, on: db)
    }
}

/// The STL's charter in force: the published Mecanismo de Gobernanza, or the guide's
/// template with the STL's rule when none was published.
enum Charter {
    static func current(for stl: Secretariat, on db: any Database) async throws -> GovernanceMechanism {
        if let version = try await GovernanceWrites.current(for: stl.requireID(), on: db) {
            return version.document
        }
        return .template(rule: stl.rule, ruleText: stl.ruleText)
    }
}

/// The seats of an STL in display order, with who holds them now.
struct ForumSeats: Sendable {
    let seats: [SeatHolders]
    let nonVotingSectors: Set<SectorCode>

    static func load(_ stl: Secretariat, on db: any Database) async throws -> ForumSeats {
        let id = try stl.requireID()
        let sectors = try await SectorRecord.query(on: db).filter(\.$secretariat.$id == id).sort(\.$position).all()
        let order = Dictionary(uniqueKeysWithValues: sectors.enumerated().map { ($1.code, $0) })
        let seats = try await Seat.query(on: db).filter(\.$secretariat.$id == id)
            .with(\.$terms) { $0.with(\.$person).with(\.$organization) }
            .all()
            .sorted { (order[$0.sector] ?? .max, $0.number) < (order[$1.sector] ?? .max, $1.number) }
        return ForumSeats(
            seats: seats.map(SeatHolders.init),
            nonVotingSectors: Set(sectors.filter { !$0.voting }.map { SectorCode($0.code) }))
    }

    func holders(of seatID: UUID) -> SeatHolders? {
        seats.first { $0.seat.id == seatID }
    }
}

extension Seat {
    /// "gobierno-1": how minutes, tallies and the archive name a seat.
    var label: String { "\(sector)-\(number)" }
}

extension SeatHolders {
    /// Who sits for the seat as `attendance` says, as the minutes name them.
    func attendee(for attendance: Attendance) -> String? {
        switch attendance {
        case .titular: titular.map { HolderText.plain($0) }
        case .suplente: suplente.map { HolderText.plain($0) }
        case .absent: nil
        }
    }
}

extension HolderText {
    /// Person, office and organisation, without the page's language.
    static func plain(_ term: SeatTerm) -> String {
        describe(term, context: PageContext(language: .es))
    }
}

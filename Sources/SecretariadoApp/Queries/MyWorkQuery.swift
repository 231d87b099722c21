import Fluent
import SecretariadoCore
import Vapor

/// The facts «Mi trabajo» judges (`WorkRules`), read as plain values in a handful of
/// queries whatever the number of STLs: the person's seats, the open sessions, motions and
/// proposals of their STLs, the final minutes their seats attended, their sectors'
/// agreements, and the installation of the STLs they help install.
enum MyWorkQuery {
    struct Result: Sendable {
        let facts: WorkFacts
        /// The person's STLs by id, in name order.
        let secretariats: [Secretariat]
        let summary: NationalSummary?
    }

    /// An administrator's short view of the country.
    struct NationalSummary: Sendable {
        let secretariats: Int
        let inFormation: Int
        let requestedSessions: Int
        let convenedSessions: Int
        let overdueAgreements: Int
    }

    static func load(_ principal: Principal, language: Language = .es, today: Date = CalendarDate.today(), on db: any Database) async throws -> Result
    {
        guard let userID = principal.userID else {
            return Result(facts: WorkFacts(grants: []), secretariats: [], summary: nil)
        }
        let stlIDs = Array(Set(principal.grants.map(\.secretariatID)))
        let summary = principal.isAdmin ? try await national(today: today, on: db) : nil
        guard !stlIDs.isEmpty else {
            return Result(facts: WorkFacts(grants: principal.grants), secretariats: [], summary: summary)
        }
        let secretariats = try await Secretariat.query(on: db).filter(\.$id ~~ stlIDs).sort(\.$name).all()
        let facilitated = stlIDs.filter { principal.holds(.facilitador, in: $0) }
        let installing = secretariats.filter { stl in
            stl.status == .enFormacion && (principal.holds(.garante, in: stl.id!) || principal.holds(.facilitador, in: stl.id!))
        }.compactMap(\.id)

        // The seats the person holds now.
        let seatGrants = try await RoleGrant.query(on: db).filter(\.$user.$id == userID)
            .filter(\.$role == .representante).filter(\.$seat.$id != nil).with(\.$seat).all()
        let seats: [WorkFacts.SeatHold] = seatGrants.compactMap { grant in
            guard let seat = grant.seat, let seatID = seat.id else { return nil }
            return WorkFacts.SeatHold(
                secretariatID: grant.$secretariat.id, seatID: seatID,
                sector: SectorCode(seat.sector), holderRole: grant.holderRole ?? .titular, termID: grant.termID)
        }
        let seatIDs = seats.map(\.seatID)
        let seatSTLs = Array(Set(seats.map(\.secretariatID)))

        // Requested and convened sessions of the STLs: the facilitator's list, and where
        // votes may be open.
        let openSessions = try await StlSession.query(on: db).filter(\.$secretariat.$id ~~ stlIDs)
            .filter(\.$status ~~ [.solicitada, .convocada]).all()
        let facts = WorkFacts(
            grants: principal.grants, seats: seats,
            openMotions: try await openMotions(in: openSessions.filter { $0.status == .convocada }, seats: seatIDs, on: db),
            finalMinutes: try await finalMinutes(seats: seatIDs, language: language, on: db),
            sessions: openSessions.filter { facilitated.contains($0.$secretariat.id) }.map { session in
                WorkFacts.Session(
                    id: session.id!, secretariatID: session.$secretariat.id, title: session.title(language),
                    status: session.status, startsAt: session.startsAt)
            },
            proposals: facilitated.isEmpty
                ? []
                : try await AgendaProposal.query(on: db).filter(\.$secretariat.$id ~~ facilitated)
                    .filter(\.$status == .pendiente).sort(\.$createdAt).all().map { proposal in
                        WorkFacts.Proposal(id: proposal.id!, secretariatID: proposal.$secretariat.id, title: proposal.title, status: proposal.status)
                    },
            agreements: seatSTLs.isEmpty
                ? []
                : try await Agreement.query(on: db).filter(\.$secretariat.$id ~~ seatSTLs)
                    .filter(\.$status ~~ [.pendiente, .enProceso, .vencido]).filter(\.$ownerSector ~~ Array(Set(seats.map(\.sector.rawValue))))
                    .sort(\.$dueOn).all().map { agreement in
                        WorkFacts.Agreement(
                            id: agreement.id!, secretariatID: agreement.$secretariat.id, code: agreement.code, title: agreement.title,
                            ownerSector: agreement.ownerSector.map(SectorCode.init(rawValue:)), status: agreement.status, dueOn: agreement.dueOn)
                    },
            installations: try await installations(installing, on: db),
            termWarnings: try await termWarnings(
                secretariats.filter { stl in
                    facilitated.contains(stl.id!) || seatSTLs.contains(stl.id!)
                }, today: today, on: db))
        return Result(facts: facts, secretariats: secretariats, summary: summary)
    }

    /// The term-end warnings of the STLs the person facilitates or sits in (`WorkRules`
    /// keeps each person's share).
    private static func termWarnings(_ secretariats: [Secretariat], today: Date, on db: any Database) async throws -> [(
        secretariatID: UUID, warning: TermEndWarning
    )] {
        var warnings: [(secretariatID: UUID, warning: TermEndWarning)] = []
        for stl in secretariats {
            warnings += try await TermWarnings.of(stl, today: today, on: db).map { (stl.id!, $0) }
        }
        return warnings
    }

    private static func openMotions(in sessions: [StlSession], seats: [UUID], on db: any Database) async throws -> [WorkFacts.OpenMotion] {
        guard !sessions.isEmpty, !seats.isEmpty else { return [] }
        let sessionIDs = sessions.compactMap(\.id)
        let motions = try await Motion.query(on: db).filter(\.$session.$id ~~ sessionIDs).filter(\.$status == .abierta).sort(\.$createdAt).all()
        guard !motions.isEmpty else { return [] }
        let attendance = try await SeatAttendance.query(on: db).filter(\.$session.$id ~~ sessionIDs).filter(\.$seat.$id ~~ seats).all()
        let votes = try await Vote.query(on: db).filter(\.$motion.$id ~~ motions.compactMap(\.id)).filter(\.$seat.$id ~~ seats).all()
        let stlOf = Dictionary(uniqueKeysWithValues: sessions.map { ($0.id!, $0.$secretariat.id) })
        return motions.map { motion in
            let sessionID = motion.$session.id
            return WorkFacts.OpenMotion(
                id: motion.id!, sessionID: sessionID, secretariatID: stlOf[sessionID]!, title: motion.title,
                attendance: Dictionary(
                    attendance.filter { $0.$session.id == sessionID }.map { ($0.$seat.id, $0.attendance) }, uniquingKeysWith: { a, _ in a }),
                votedSeats: Set(votes.filter { $0.$motion.id == motion.id }.map(\.$seat.id)))
        }
    }

    private static func finalMinutes(seats: [UUID], language: Language, on db: any Database) async throws -> [WorkFacts.FinalMinutes] {
        guard !seats.isEmpty else { return [] }
        let attended = try await SeatAttendance.query(on: db).filter(\.$seat.$id ~~ seats).filter(\.$attendance != .absent).all()
        let sessionIDs = Array(Set(attended.map(\.$session.id)))
        guard !sessionIDs.isEmpty else { return [] }
        let minutes = try await Minutes.query(on: db).filter(\.$session.$id ~~ sessionIDs).filter(\.$status == .finalizada).all()
        guard !minutes.isEmpty else { return [] }
        let signatures = try await MinutesSignature.query(on: db).filter(\.$minutes.$id ~~ minutes.compactMap(\.id)).filter(\.$seat.$id ~~ seats)
            .all()
        let sessions = try await StlSession.query(on: db).filter(\.$id ~~ minutes.map(\.$session.id)).all()
        let sessionByID = Dictionary(uniqueKeysWithValues: sessions.map { ($0.id!, $0) })
        return minutes.compactMap { minute in
            guard let session = sessionByID[minute.$session.id] else { return nil }
            return WorkFacts.FinalMinutes(
                sessionID: session.id!, secretariatID: session.$secretariat.id, sessionTitle: session.title(language),
                attendance: Dictionary(
                    attended.filter { $0.$session.id == session.id }.map { ($0.$seat.id, $0.attendance) }, uniquingKeysWith: { a, _ in a }),
                signedSeats: Set(signatures.filter { $0.$minutes.id == minute.id }.map(\.$seat.id)))
        }
    }

    private static func installations(_ ids: [UUID], on db: any Database) async throws -> [WorkFacts.Installation] {
        guard !ids.isEmpty else { return [] }
        let pending = try await CallRegistration.query(on: db).filter(\.$secretariat.$id ~~ ids).filter(\.$status == .pendiente).all()
        let elections = try await Election.query(on: db).filter(\.$secretariat.$id ~~ ids).sort(\.$createdAt, .descending).all()
        let steps = try await InstallationStepRecord.query(on: db).filter(\.$secretariat.$id ~~ ids).all()
        return ids.map { id in
            let concluded = Set(steps.filter { $0.$secretariat.id == id && $0.status == .concluido }.map(\.number))
            let current = InstallationStep.all.map(\.number).first { !concluded.contains($0) }
            return WorkFacts.Installation(
                secretariatID: id, installed: false,
                pendingRegistrations: pending.filter { $0.$secretariat.id == id }.count,
                election: elections.first { $0.$secretariat.id == id }?.schedule,
                currentStep: current)
        }
    }

    private static func national(today: Date, on db: any Database) async throws -> NationalSummary {
        NationalSummary(
            secretariats: try await Secretariat.query(on: db).count(),
            inFormation: try await Secretariat.query(on: db).filter(\.$status == .enFormacion).count(),
            requestedSessions: try await StlSession.query(on: db).filter(\.$status == .solicitada).count(),
            convenedSessions: try await StlSession.query(on: db).filter(\.$status == .convocada).count(),
            overdueAgreements: try await Agreement.query(on: db).filter(\.$status ~~ [.pendiente, .enProceso, .vencido])
                .filter(\.$dueOn < today).count())
    }
}

import Crypto
import Fluent
import SecretariadoCore
import Vapor

/// A year of sessions (2026) for three demo STLs — Nuevo León, Jalisco and Morelos —
/// written through the same services a facilitator and representatives use: monthly
/// ordinary sessions convened ten days ahead, agendas from proposals, attendance with some
/// suplentes, motions decided by each STL's own rule, acuerdos, finalised minutes signed by
/// those who attended, and the hash-chained archive.
///
/// The representatives get demo accounts (`…@secretariado.invalid`) whose random passwords
/// are never shown: nobody can sign in as them unless an administrator sets a password
/// (`secretariado users set-password`), which rotates their signing key.
///
/// Idempotent: an STL that already has sessions is left alone. One transaction per STL.
struct DemoSessionsLoader {
    let db: any Database
    static let slugs = ["nuevo-leon", "jalisco", "morelos"]
    /// bcrypt cost of the demo accounts: the passwords are random and never shown, so a
    /// slow hash would only slow the load down.
    static let demoCost = 6

    @discardableResult
    func load(year: Int = 2026, now: Date = Date()) async throws -> Int {
        var created = 0
        for slug in Self.slugs {
            guard let stl = try await Secretariat.query(on: db).filter(\.$slug == slug).first(),
                try await StlSession.query(on: db).filter(\.$secretariat.$id == stl.requireID()).count() == 0
            else { continue }
            created += try await db.writeTransaction { db in
                let count = try await Self.load(stl, year: year, now: now, on: db)
                try await DemoMarks.mark([.sessions, .agreements], of: stl.requireID(), on: db)
                return count
            }
        }
        return created
    }

    private struct Member {
        let user: User
        let grant: RoleGrant
        let key: SigningKey
        let privateKey: Curve25519.Signing.PrivateKey

        var actor: SessionActor {
            SessionActor(
                audit: .system, userID: user.id, name: user.name,
                principal: Principal(userID: user.id, isAdmin: false, grants: [grant.grant]))
        }
    }

    private static func load(_ stl: Secretariat, year: Int, now: Date, on db: any Database) async throws -> Int {
        let members = try await makeMembers(stl, now: Date(timeIntervalSince1970: 1_767_225_600), on: db)  // 2026-01-01
        let forum = try await ForumSeats.load(stl, on: db)
        let facilitatorName = try await FacilitatorTerm.query(on: db).filter(\.$secretariat.$id == stl.requireID())
            .filter(\.$endsOn == nil).with(\.$person).first()?.person?.name
        let facilitator = SessionActor.system(name: facilitatorName ?? "Secretaría técnica provisional (facilitación vacante)")
        var count = 0
        let plan: [DemoSessionsScript.Month?] = DemoSessionsScript.months(for: stl.slug) + [nil]
        for (index, month) in plan.enumerated() {
            let monthNumber = index + 1
            // The second Thursday of the month, at 10:00 Mexico City.
            let day = (8...14).first { CivilDateTime(year: year, month: monthNumber, day: $0)!.weekday == 5 }!
            let start = MexicoCityTime.date(at: CivilDateTime(year: year, month: monthNumber, day: day, hour: 10)!)
            // Convened ten days ahead; a session still ahead is convened now, if the
            // notice period allows (the calendar then shows what comes next).
            let convenedAt = min(start.addingTimeInterval(-10 * 86_400), now)
            guard start.timeIntervalSince(now) < 0 || NoticePeriod.daysBetween(now, start) >= 6 else { break }
            count += 1
            try await session(
                stl, month: month, start: start, convenedAt: convenedAt, now: now, forum: forum,
                members: members, facilitator: facilitator, facilitated: facilitatorName != nil, on: db)
        }
        try await followUp(stl, now: now, facilitator: facilitator, on: db)
        return count
    }

    private static func session(
        _ stl: Secretariat, month: DemoSessionsScript.Month?, start: Date, convenedAt: Date, now: Date,
        forum: ForumSeats, members: [String: Member], facilitator: SessionActor, facilitated: Bool, on db: any Database
    ) async throws {
        let t = MexicoCityTime.wallClock(at: start)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        // A representative asks for the session; the facilitator convenes it.
        let requester = members.values.sorted { $0.user.email < $1.user.email }[t.month % members.count]
        let request = try await SessionWrites.request(
            SessionRequestInput(kind: "ordinaria", reason: "Sesión ordinaria mensual de \(DemoSessionsScript.monthNames[t.month - 1]) \(t.year)."),
            in: stl, by: requester.actor, on: db)
        let proposal = try await ProposalWrites.submit(
            ProposalInput(
                title: month?.topic ?? "Balance del año y plan 2027",
                description: "Propuesta para la sesión de \(DemoSessionsScript.monthNames[t.month - 1]).",
                links: "https://www.gob.mx/inai"),
            in: stl, by: requester.actor, on: db)
        let session = try await SessionWrites.convene(
            ConveneInput(
                requestId: request.id!.uuidString, kind: "ordinaria", urgent: nil,
                date: "\(t.year)-\(two(t.month))-\(two(t.day))", time: "10:00", durationMinutes: "120",
                place: "Sala de sesiones del organismo garante, \(stl.name)", modality: t.month % 3 == 0 ? "hibrida" : "presencial"),
            in: stl, by: facilitator, now: convenedAt, on: db)
        let sessionID = try session.requireID()
        let item1 = try await AgendaWrites.add(
            AgendaItemInput(proposalId: nil, title: "Seguimiento de acuerdos de la sesión anterior", description: nil), to: sessionID, in: stl,
            by: facilitator, now: convenedAt, on: db)
        let item2 = try await AgendaWrites.add(
            AgendaItemInput(proposalId: proposal.id!.uuidString, title: nil, description: nil), to: sessionID, in: stl, by: facilitator,
            now: convenedAt, on: db)
        _ = try await AgendaWrites.add(
            AgendaItemInput(proposalId: nil, title: "Asuntos generales", description: nil), to: sessionID, in: stl, by: facilitator, now: convenedAt,
            on: db)
        // December's session is still ahead: convened, with its agenda, nothing more.
        guard let month, start < now else { return }

        let lines: [(seatID: UUID, attendance: Attendance)] = forum.seats.compactMap { holders in
            let label = holders.seat.label
            if month.absent.contains(label) || holders.titular == nil { return (holders.seat.id!, .absent) }
            if month.suplentes.contains(label), holders.suplente != nil { return (holders.seat.id!, .suplente) }
            return (holders.seat.id!, .titular)
        }
        // Recorded as it happened, on the session's own clock: attendance at the start, the
        // motion and the votes during the session.
        _ = try await AttendanceWrites.record(lines, session: sessionID, in: stl, by: facilitator, now: start.addingTimeInterval(300), on: db)
        let motion = try await MotionWrites.create(
            MotionInput(
                agendaItemId: item2.id!.uuidString, title: month.motion, text: "Se somete a votación la propuesta: \(month.motion).",
                agreementOwner: month.owner, agreementOwnerSector: month.ownerSector?.rawValue,
                agreementDueOn: CalendarDate.format(start.addingTimeInterval(45 * 86_400))),
            session: sessionID, in: stl, by: facilitator, now: start.addingTimeInterval(1_800), on: db)
        for line in lines where line.attendance.isPresent {
            let holders = forum.holders(of: line.seatID)!
            let role: HolderRole = line.attendance == .suplente ? .suplente : .titular
            guard let member = members["\(holders.seat.label)/\(role.rawValue)"] else { continue }
            let option = month.votes[holders.sector] ?? .aFavor
            _ = try await VoteWrites.cast(
                VoteInput(option: option.rawValue), on: motion.requireID(), in: stl, by: member.actor, now: start.addingTimeInterval(3_600), on: db)
        }
        _ = try await MotionWrites.close(motion.requireID(), in: stl, by: facilitator, now: start.addingTimeInterval(5_400), on: db)
        let discussions = [item1, item2].enumerated().map { index, item in
            MinutesInput.Discussion(
                agendaItemId: item.id!.uuidString, text: DemoSessionsScript.discussion(facilitated: facilitated)[(index + t.month) % 3])
        }
        _ = try await MinutesWrites.saveDraft(
            MinutesInput(notes: "Sesión celebrada con la asistencia registrada. Se levanta la sesión a las 12:00 h.", discussions: discussions),
            session: sessionID, in: stl, by: facilitator, on: db)
        let minutes = try await MinutesWrites.finalise(session: sessionID, in: stl, by: facilitator, now: start.addingTimeInterval(7_200), on: db)
        guard let finalSession = try await StlSession.find(sessionID, on: db) else { return }
        // Everyone who sat signs the next day; in one session a member records a refusal.
        var signedAt = start.addingTimeInterval(86_400)
        for line in lines where line.attendance.isPresent {
            let holders = forum.holders(of: line.seatID)!
            let role: HolderRole = line.attendance == .suplente ? .suplente : .titular
            guard let member = members["\(holders.seat.label)/\(role.rawValue)"] else { continue }
            let refuses = month.votes[holders.sector] == .enContra && holders.seat.number == 1 && t.month == 5
            signedAt = signedAt.addingTimeInterval(600)
            _ = try await SignatureWrites.record(
                decision: refuses ? .rechazo : .firma,
                reason: refuses ? "La minuta no recoge las objeciones expresadas por nuestro sector durante la discusión." : nil,
                user: member.user, holderRole: role, seat: holders.seat, key: member.key, privateKey: member.privateKey,
                newKeyReplacing: nil, minutes: minutes, session: finalSession, in: stl, by: member.actor, now: signedAt, on: db)
        }
    }

    /// Agreements move on: older ones done, one overdue, recent ones in progress.
    private static func followUp(_ stl: Secretariat, now: Date, facilitator: SessionActor, on db: any Database) async throws {
        let agreements = try await Agreement.query(on: db).filter(\.$secretariat.$id == stl.requireID()).sort(\.$number).all()
        for (index, agreement) in agreements.enumerated() {
            guard let due = agreement.dueOn else { continue }
            let status: AgreementStatus = due < now ? (index == 2 ? .pendiente : .cumplido) : .enProceso
            _ = try await AgreementWrites.setStatus(
                agreement.requireID(), AgreementUpdateInput(status: status.rawValue), in: stl, by: facilitator, on: db)
        }
    }

    /// One account, grant and signing key per current holder (and demo suplente) of a seat,
    /// keyed "gobierno-1/titular".
    private static func makeMembers(_ stl: Secretariat, now: Date, on db: any Database) async throws -> [String: Member] {
        let stlID = try stl.requireID()
        var forum = try await ForumSeats.load(stl, on: db)
        let wanted = DemoSessionsScript.suplenteSeats(for: stl.slug)
        for holders in forum.seats where wanted.contains(holders.seat.label) && holders.suplente == nil {
            let term = try SeatTerm(
                seatID: holders.seat.requireID(), role: .suplente, organizationID: holders.titular?.$organization.id,
                office: "Suplente", note: "Suplente de los datos de demostración")
            term.demoMark = true
            try await term.create(on: db)
        }
        forum = try await ForumSeats.load(stl, on: db)
        var members: [String: Member] = [:]
        for holders in forum.seats {
            for (role, term) in [(HolderRole.titular, holders.titular), (.suplente, holders.suplente)] {
                guard let term else { continue }
                let label = holders.seat.label
                let base = term.office.map { $0 == "Suplente" ? nil : $0 } ?? nil
                let name = (role == .suplente ? "Suplente — " : "") + (base ?? term.organization?.name ?? label)
                let password = Passwords.random()
                let user = User(
                    email: "demo+\(stl.slug)-\(label.replacingOccurrences(of: "_", with: "-"))-\(role.rawValue)@secretariado.invalid",
                    name: name, passwordHash: try Bcrypt.hash(password, cost: demoCost))
                try await user.create(on: db)
                let grant = RoleGrant(
                    userID: try user.requireID(), secretariatID: stlID, role: .representante, sector: holders.seat.sector,
                    seatID: holders.seat.id, holderRole: role, termID: term.id)
                try await grant.create(on: db)
                let (key, privateKey) = try SigningKeys.make(for: user, password: password, now: now)
                try await key.create(on: db)
                try await AuditLog.record(
                    on: db, actor: .system, secretariatID: stlID, action: .create, entity: .user,
                    entityID: user.id?.uuidString, summary: "Cuenta de demostración: \(name) (\(label), \(role.rawValue))",
                    change: .after(UserSnapshot(user)))
                members["\(label)/\(role.rawValue)"] = Member(user: user, grant: grant, key: key, privateKey: privateKey)
            }
        }
        return members
    }
}

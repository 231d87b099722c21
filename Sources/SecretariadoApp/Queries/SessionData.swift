import Fluent
import SecretariadoCore
import Vapor

/// Everything recorded about one session, loaded once for its pages, its API answer and
/// its minutes.
struct SessionData: Sendable {
    let stl: Secretariat
    let session: StlSession
    let charter: GovernanceMechanism
    let forum: ForumSeats
    let attendance: [SeatAttendance]
    let items: [AgendaItem]
    let motions: [Motion]
    let votes: [Vote]
    let agreements: [Agreement]
    let minutes: Minutes?
    let signatures: [MinutesSignature]
    let facilitatorName: String?

    /// `cached`: read the STL's charter, seats and facilitator through `STLStandingCache`
    /// (reads); a write transaction passes `false` and reads them as they are inside it.
    static func load(
        _ session: StlSession, in stl: Secretariat, on db: any Database, cached: Bool = true
    ) async throws -> SessionData {
        let id = try session.requireID()
        let standing = cached ? try await STLStandingCache.standing(of: stl, on: db) : try await STLStanding.load(stl, on: db)
        let motions = try await Motion.query(on: db).filter(\.$session.$id == id).sort(\.$createdAt).all()
        let minutes = try await Minutes.query(on: db).filter(\.$session.$id == id).first()
        return SessionData(
            stl: stl, session: session, charter: standing.charter,
            forum: standing.forum,
            attendance: try await SeatAttendance.query(on: db).filter(\.$session.$id == id).all(),
            items: try await AgendaItem.query(on: db).filter(\.$session.$id == id).sort(\.$position).all(),
            motions: motions,
            votes: motions.isEmpty ? [] : try await Vote.query(on: db).filter(\.$motion.$id ~~ motions.compactMap(\.id)).all(),
            agreements: try await Agreement.query(on: db).filter(\.$session.$id == id).sort(\.$number).all(),
            minutes: minutes,
            signatures: try await minutes.asyncMap { m in
                try await MinutesSignature.query(on: db).filter(\.$minutes.$id == m.requireID()).sort(\.$signedAt).all()
            } ?? [],
            facilitatorName: standing.facilitatorName)
    }

    func attendance(of seatID: UUID) -> Attendance? {
        attendance.first { $0.$seat.id == seatID }?.attendance
    }

    func motions(of item: AgendaItem) -> [Motion] {
        motions.filter { $0.$agendaItem.id == item.id }
    }

    func votes(of motion: Motion) -> [Vote] {
        votes.filter { $0.$motion.id == motion.id }
    }

    func seat(_ id: UUID) -> Seat? {
        forum.holders(of: id)?.seat
    }

    var quorum: QuorumStatus {
        let ballots = MotionWrites.ballots(forum: forum, attendance: attendance, votes: [])
        return QuorumStatus(Tally(ballots, nonVotingSectors: forum.nonVotingSectors), rule: charter.decision.rule.quorum)
    }

    var isFinal: Bool { minutes?.status == .finalizada }
}

/// Builds the minutes document from what the session recorded.
enum MinutesBuilder {
    static func document(_ data: SessionData, finalisedAt: Date, finalisedBy: String) -> MinutesDocument {
        let session = data.session
        let startsAt = session.startsAt ?? finalisedAt
        let info = MinutesDocument.SessionInfo(
            id: session.id?.uuidString ?? "", number: session.number, kind: session.kind.rawValue,
            urgent: session.urgent, date: RecordTime.localDate(startsAt),
            startsAt: RecordTime.timestamp(startsAt),
            endsAt: RecordTime.timestamp(session.endsAt ?? startsAt), place: session.place ?? "",
            modality: session.modality?.rawValue ?? "", requestedBy: session.requestedBy,
            convenedAt: session.convenedAt.map(RecordTime.timestamp))
        let attendance = data.forum.seats.map { holders in
            let present = data.attendance(of: holders.seat.id!) ?? .absent
            return MinutesDocument.AttendanceLine(
                seat: holders.seat.label, sector: holders.seat.sector, attendance: present.rawValue,
                attendee: data.attendance.first { $0.$seat.id == holders.seat.id }?.attendee)
        }
        let quorum = data.quorum
        let agenda = data.items.map { item in
            MinutesDocument.AgendaLine(
                position: item.position, title: item.title, description: item.description,
                proposedBy: item.proposedBy, discussion: item.discussion,
                motions: data.motions(of: item).filter { $0.status == .cerrada }.map { motion in
                    MinutesDocument.MotionLine(
                        title: motion.title, text: motion.text,
                        votes: data.votes(of: motion)
                            .compactMap { vote in data.seat(vote.$seat.id).map { (vote, $0) } }
                            .sorted { $0.1.label < $1.1.label }
                            .map { vote, seat in
                                MinutesDocument.VoteLine(seat: seat.label, holderRole: vote.holderRole.rawValue, option: vote.option.rawValue)
                            },
                        result: motion.result ?? "", decidedBy: motion.decidedBy ?? "",
                        explanation: motion.explanation ?? "")
                })
        }
        let agreements = data.agreements.map { agreement in
            MinutesDocument.AgreementLine(
                code: agreement.code, title: agreement.title, description: agreement.description,
                owner: agreement.owner, ownerSector: agreement.ownerSector,
                dueOn: agreement.dueOn.map(RecordTime.localDate), status: agreement.status.rawValue)
        }
        return MinutesDocument(
            secretariat: .init(slug: data.stl.slug, name: data.stl.name), session: info,
            facilitator: data.facilitatorName ?? MinutesDocument.vacantFacilitator,
            attendance: attendance, quorum: .init(reached: quorum.reached, explanation: quorum.explanation.es),
            agenda: agenda, agreements: agreements, notes: data.minutes?.notes,
            finalisedAt: RecordTime.timestamp(finalisedAt), finalisedBy: finalisedBy)
    }
}

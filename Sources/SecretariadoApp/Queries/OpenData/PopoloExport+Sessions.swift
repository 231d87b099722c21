import Foundation
import SecretariadoCore

/// Sessions as Popolo events, motions as motions and closed votes as vote events with the
/// vote of every seat (absent seats included) and the counts per option, in total and per
/// sector. Every `*_id` written here points at something in the same document.
extension PopoloExport {
    static func eventID(_ id: UUID) -> String { "sesion-\(id.uuidString.lowercased())" }
    static func motionID(_ id: UUID) -> String { "mocion-\(id.uuidString.lowercased())" }
    static func voteEventID(_ id: UUID) -> String { "votacion-\(id.uuidString.lowercased())" }
    static func organizationID(_ id: UUID) -> String { "org-\(id.uuidString.lowercased())" }

    /// The Popolo vote options in the order counts list them.
    static let countedOptions = ["yes", "no", "abstain", "absent", "not voting"]

    mutating func addSessions(_ records: PopoloSessions, detail: SecretariatDetail, root: String) {
        var sessionsByID: [UUID: StlSession] = [:]
        for session in records.sessions {
            guard let id = session.id, let start = session.startsAt else { continue }
            sessionsByID[id] = session
            events.append(
                PopoloEvent(
                    id: Self.eventID(id), name: "\(session.title(.es)) — STL \(detail.secretariat.name)",
                    classification: "sesión \(session.kind.rawValue)",
                    start_date: RecordTime.timestamp(start), end_date: session.endsAt.map(RecordTime.timestamp),
                    location: session.place,
                    // Popolo's code list has no «concluded»: a session that took place was confirmed.
                    status: session.status == .cancelada ? "cancelled" : "confirmed",
                    organization_id: root,
                    description: session.isDemo ? "\(DemoNotice.label.es): sesión inventada para mostrar la plataforma." : nil))
        }
        let seats = SeatVoters(detail: detail, root: root, organizations: Set(organizations.map(\.id)), persons: Set(persons.map(\.id)))
        let votesByMotion = Dictionary(grouping: records.votes) { $0.$motion.id }
        let attendanceBySession = Dictionary(grouping: records.attendance) { $0.$session.id }
        for motion in records.motions {
            guard let id = motion.id, let session = sessionsByID[motion.$session.id] else { continue }
            let decided = motion.status == .cerrada ? motion.outcomeResult.map(Self.popoloResult) : nil
            motions.append(
                PopoloMotion(
                    id: Self.motionID(id), organization_id: root, legislative_session_id: Self.eventID(motion.$session.id),
                    text: motion.text.map { "\(motion.title). \($0)" } ?? motion.title,
                    classification: nil, requirement: motion.rule?.summary.es,
                    // Proposed at its session (a demo's rows are written later than the dates they record).
                    date: session.startsAt.map(RecordTime.timestamp), result: decided))
            guard let decided else { continue }
            let lines = seats.lines(
                votes: votesByMotion[id] ?? [], attendance: attendanceBySession[motion.$session.id] ?? [],
                on: session.startsAt ?? Date(), closedAt: motion.closedAt)
            vote_events.append(
                PopoloVoteEvent(
                    id: Self.voteEventID(id), organization_id: root, legislative_session_id: Self.eventID(motion.$session.id),
                    motion_id: Self.motionID(id), start_date: session.startsAt.map(RecordTime.timestamp),
                    end_date: motion.closedAt.map(RecordTime.timestamp), result: decided,
                    counts: seats.counts(lines), votes: lines))
        }
    }

    /// Popolo's code list: a motion passes or fails; no quorum is a failure to adopt.
    static func popoloResult(_ result: Outcome.Result) -> String {
        result == .adopted ? "pass" : "fail"
    }
}

/// Who sat for each seat, and how to name them in Popolo without leaving the document.
struct SeatVoters {
    let detail: SecretariatDetail
    let root: String
    let organizations: Set<String>
    let persons: Set<String>

    /// One vote per seat of a voting sector: its vote, «not voting» when present without a
    /// vote, «absent» when nobody sat for it (as the tally counted them). Seats created after
    /// the vote closed, with nothing recorded at that session, are left out.
    func lines(votes: [Vote], attendance: [SeatAttendance], on date: Date, closedAt: Date?) -> [PopoloVoteEvent.Vote] {
        let cast = Dictionary(votes.map { ($0.$seat.id, $0) }, uniquingKeysWith: { a, _ in a })
        let present = Dictionary(attendance.map { ($0.$seat.id, $0.attendance) }, uniquingKeysWith: { a, _ in a })
        let nonVoting = Set(detail.sectors.filter { !$0.voting }.map(\.code))
        return detail.seats.compactMap { holders in
            guard let seatID = holders.seat.id, !nonVoting.contains(holders.sector) else { return nil }
            let recorded = cast[seatID] != nil || present[seatID] != nil
            guard recorded || (holders.seat.createdAt ?? .distantPast) <= (closedAt ?? .distantFuture) else { return nil }
            let attendance = present[seatID] ?? .absent
            let option = attendance.isPresent ? (cast[seatID]?.option.popolo ?? "not voting") : "absent"
            let role = cast[seatID]?.holderRole ?? (attendance == .suplente ? .suplente : .titular)
            let term = Self.term(of: holders, role: role, on: date)
            let personID = term?.person.flatMap { $0.id.map(PopoloExport.personID) }.flatMap { persons.contains($0) ? $0 : nil }
            let organization = term.flatMap { term -> PopoloVoteEvent.Voter? in
                guard personID == nil else { return nil }
                let body =
                    term.organization.flatMap { org in org.id.map { (PopoloExport.organizationID($0), org.name) } }
                    ?? PopoloExport.office(of: term)
                guard let (id, name) = body, organizations.contains(id) else { return nil }
                return PopoloVoteEvent.Voter(id: id, name: name)
            }
            return PopoloVoteEvent.Vote(
                voter_id: personID, voter: organization, option: option, group_id: group(holders.sector), role: role.rawValue)
        }
    }

    /// Votes per option in total, then per sector (group_id); the three voting options always,
    /// «absent» and «not voting» when some seat was.
    func counts(_ lines: [PopoloVoteEvent.Vote]) -> [PopoloVoteEvent.Count] {
        func tally(_ lines: [PopoloVoteEvent.Vote], group: String?) -> [PopoloVoteEvent.Count] {
            PopoloExport.countedOptions.compactMap { option in
                let value = lines.filter { $0.option == option }.count
                guard value > 0 || ["yes", "no", "abstain"].contains(option) else { return nil }
                return PopoloVoteEvent.Count(option: option, value: value, group_id: group)
            }
        }
        var counts = tally(lines, group: nil)
        for sector in detail.sectors where sector.voting {
            guard let group = group(sector.code) else { continue }
            let members = lines.filter { $0.group_id == group }
            if !members.isEmpty { counts += tally(members, group: group) }
        }
        return counts
    }

    private func group(_ sector: SectorCode) -> String? {
        let id = PopoloExport.sectorID(root, sector)
        return organizations.contains(id) ? id : nil
    }

    /// The term of `role` that covered `date` (terms without dates cover any date).
    static func term(of holders: SeatHolders, role: HolderRole, on date: Date) -> SeatTerm? {
        holders.seat.terms
            .filter { $0.role == role && ($0.startsOn ?? .distantPast) <= date && ($0.endsOn ?? .distantFuture) >= date }
            .max { ($0.startsOn ?? .distantPast) < ($1.startsOn ?? .distantPast) }
    }
}

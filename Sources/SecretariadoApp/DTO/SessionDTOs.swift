import SecretariadoCore
import Vapor

// API answers of sessions, voting, minutes and agreements. Names are public; e-mails never
// appear here.

struct SessionDTO: Content {
    let id: UUID
    let number: Int?
    let title: String
    let kind: String
    let urgent: Bool
    let status: String
    let startsAt: Date?
    let endsAt: Date?
    let place: String?
    let modality: String?
    let reason: String?
    let requestedBy: String?
    let convenedAt: Date?
    let cancelReason: String?
    let sequence: Int
    let url: String
    /// Present, and true, only on a record the demo invented.
    let demo: Bool?

    init(_ session: StlSession, slug: String) {
        id = session.id!
        demo = session.isDemo ? true : nil
        number = session.number
        title = session.title(.es)
        kind = session.kind.rawValue
        urgent = session.urgent
        status = session.status.rawValue
        startsAt = session.startsAt
        endsAt = session.endsAt
        place = session.place
        modality = session.modality?.rawValue
        reason = session.reason
        requestedBy = session.requestedBy
        convenedAt = session.convenedAt
        cancelReason = session.cancelReason
        sequence = session.sequence
        url = SiteURL.session(.value(slug), .value(session.id!)).path
    }
}

struct SessionDetailDTO: Content {
    struct Item: Content {
        let id: UUID
        let position: Int
        let title: String
        let description: String?
        let proposedBy: String?
        let links: [String]
        let motions: [MotionDTO]
    }

    struct AttendanceLine: Content {
        let seatId: UUID
        let seat: String
        let sector: String
        let attendance: String?
        let attendee: String?
    }

    let session: SessionDTO
    let agenda: [Item]
    let attendance: [AttendanceLine]
    let quorum: String
    let quorumReached: Bool
    let agreements: [AgreementDTO]
    let minutesStatus: String
    let minutesDigest: String?

    init(_ data: SessionData, language: Language) {
        let slug = data.stl.slug
        session = SessionDTO(data.session, slug: slug)
        agenda = data.items.map { item in
            Item(
                id: item.id!, position: item.position, title: item.title, description: item.description,
                proposedBy: item.proposedBy, links: item.links,
                motions: data.motions(of: item).map { MotionDTO($0, votes: data.votes(of: $0), data: data) })
        }
        attendance = data.forum.seats.map { holders in
            let row = data.attendance.first { $0.$seat.id == holders.seat.id }
            return AttendanceLine(
                seatId: holders.seat.id!, seat: holders.seat.label, sector: holders.seat.sector,
                attendance: row?.attendance.rawValue, attendee: row?.attendee)
        }
        let quorum = data.quorum
        self.quorum = quorum.explanation[language]
        quorumReached = quorum.reached
        agreements = data.agreements.map(AgreementDTO.init)
        minutesStatus = data.minutes?.status.rawValue ?? MinutesStatus.borrador.rawValue
        minutesDigest = data.minutes?.digest
    }
}

struct MotionDTO: Content {
    struct VoteLine: Content {
        let seat: String
        let holderRole: String
        let option: String
    }

    let id: UUID
    let agendaItemId: UUID
    let title: String
    let text: String?
    let status: String
    let result: String?
    let decidedBy: String?
    let explanation: String?
    let explanationEn: String?
    /// The proposed charter version this motion adopts, if any.
    let governanceDraftId: UUID?
    let votes: [VoteLine]

    init(_ motion: Motion, votes: [Vote], data: SessionData?) {
        id = motion.id!
        agendaItemId = motion.$agendaItem.id
        title = motion.title
        text = motion.text
        status = motion.status.rawValue
        result = motion.result
        decidedBy = motion.decidedBy
        explanation = motion.explanation
        explanationEn = motion.explanationEn
        governanceDraftId = motion.governanceDraftID
        // While voting is open, who voted how stays private: the public sees the result.
        self.votes =
            motion.status == .cerrada
            ? votes.map { VoteLine(seat: data?.seat($0.$seat.id)?.label ?? "", holderRole: $0.holderRole.rawValue, option: $0.option.rawValue) }
                .sorted { $0.seat < $1.seat }
            : []
    }
}

struct VoteDTO: Content {
    let motionId: UUID
    let option: String
    let holderRole: String
    let replaced: Bool
}

struct AgreementDTO: Content {
    let id: UUID
    let code: String
    let title: String
    let description: String?
    let owner: String
    let ownerSector: String?
    let dueOn: String?
    let status: String
    let sessionId: UUID?
    // Follow-up: the status shown today, "vencido" when open past its due date.
    let effectiveStatus: String
    let overdue: Bool
    /// Present, and true, only on a record the demo invented.
    let demo: Bool?

    init(_ agreement: Agreement) {
        id = agreement.id!
        demo = agreement.isDemo ? true : nil
        code = agreement.code
        title = agreement.title
        description = agreement.description
        owner = agreement.owner
        ownerSector = agreement.ownerSector
        dueOn = agreement.dueOn.map(RecordTime.localDate)
        status = agreement.status.rawValue
        sessionId = agreement.$session.id
        let shown = AgreementStatus.effective(stored: agreement.status, dueOn: agreement.dueOn, today: CalendarDate.today())
        effectiveStatus = shown.rawValue
        overdue = shown == .vencido
    }
}

struct ProposalDTO: Content {
    let id: UUID
    let title: String
    let description: String?
    let links: [String]
    let proposedBy: String
    let sector: String?
    let status: String
    let sessionId: UUID?
    let declineReason: String?
    let createdAt: Date?

    init(_ proposal: AgendaProposal) {
        id = proposal.id!
        title = proposal.title
        description = proposal.description
        links = proposal.links
        proposedBy = proposal.proposedBy
        sector = proposal.sector
        status = proposal.status.rawValue
        sessionId = proposal.sessionID
        declineReason = proposal.declineReason
        createdAt = proposal.createdAt
    }
}

struct SignatureDTO: Content {
    let signer: String
    let seat: String
    let holderRole: String
    let decision: String
    let reason: String?
    let signedAt: Date
    let keyId: UUID

    init(_ signature: MinutesSignature, seat: String) {
        signer = signature.signer
        self.seat = seat
        holderRole = signature.holderRole.rawValue
        decision = signature.decision.rawValue
        reason = signature.reason
        signedAt = signature.signedAt
        keyId = signature.$key.id
    }
}

struct MinutesDTO: Content {
    let status: String
    let digest: String?
    let finalisedAt: Date?
    let finalisedBy: String?
    /// The finalised document (or, for members, a preview of the draft).
    let document: MinutesDocument
    let signatures: [SignatureDTO]
}

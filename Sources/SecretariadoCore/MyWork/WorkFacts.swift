import Foundation

/// What «Mi trabajo» knows about one person's STLs, gathered by a few queries as plain
/// values: their seats and roles, and the open items of those STLs.
public struct WorkFacts: Sendable {
    /// A seat the person holds, as titular or suplente.
    public struct SeatHold: Hashable, Sendable {
        public let secretariatID: UUID
        public let seatID: UUID
        public let sector: SectorCode
        public let holderRole: HolderRole
        /// The term the account speaks for (its grant's), when known.
        public let termID: UUID?

        public init(secretariatID: UUID, seatID: UUID, sector: SectorCode, holderRole: HolderRole, termID: UUID? = nil) {
            self.termID = termID
            self.secretariatID = secretariatID
            self.seatID = seatID
            self.sector = sector
            self.holderRole = holderRole
        }
    }

    /// A motion whose vote is open, with who sat for each seat at its session and which
    /// seats have voted.
    public struct OpenMotion: Hashable, Sendable {
        public let id: UUID
        public let sessionID: UUID
        public let secretariatID: UUID
        public let title: String
        /// How each seat attended the session (seats not listed: not recorded).
        public let attendance: [UUID: Attendance]
        public let votedSeats: Set<UUID>

        public init(id: UUID, sessionID: UUID, secretariatID: UUID, title: String, attendance: [UUID: Attendance], votedSeats: Set<UUID>) {
            self.id = id
            self.sessionID = sessionID
            self.secretariatID = secretariatID
            self.title = title
            self.attendance = attendance
            self.votedSeats = votedSeats
        }
    }

    /// Final minutes, with who sat for each seat and which seats signed or refused.
    public struct FinalMinutes: Hashable, Sendable {
        public let sessionID: UUID
        public let secretariatID: UUID
        public let sessionTitle: String
        public let attendance: [UUID: Attendance]
        public let signedSeats: Set<UUID>

        public init(sessionID: UUID, secretariatID: UUID, sessionTitle: String, attendance: [UUID: Attendance], signedSeats: Set<UUID>) {
            self.sessionID = sessionID
            self.secretariatID = secretariatID
            self.sessionTitle = sessionTitle
            self.attendance = attendance
            self.signedSeats = signedSeats
        }
    }

    public struct Session: Hashable, Sendable {
        public let id: UUID
        public let secretariatID: UUID
        public let title: String
        public let status: SessionStatus
        public let startsAt: Date?

        public init(id: UUID, secretariatID: UUID, title: String, status: SessionStatus, startsAt: Date?) {
            self.id = id
            self.secretariatID = secretariatID
            self.title = title
            self.status = status
            self.startsAt = startsAt
        }
    }

    public struct Proposal: Hashable, Sendable {
        public let id: UUID
        public let secretariatID: UUID
        public let title: String
        public let status: ProposalStatus

        public init(id: UUID, secretariatID: UUID, title: String, status: ProposalStatus) {
            self.id = id
            self.secretariatID = secretariatID
            self.title = title
            self.status = status
        }
    }

    public struct Agreement: Hashable, Sendable {
        public let id: UUID
        public let secretariatID: UUID
        public let code: String
        public let title: String
        public let ownerSector: SectorCode?
        public let status: AgreementStatus
        public let dueOn: Date?

        public init(id: UUID, secretariatID: UUID, code: String, title: String, ownerSector: SectorCode?, status: AgreementStatus, dueOn: Date?) {
            self.id = id
            self.secretariatID = secretariatID
            self.code = code
            self.title = title
            self.ownerSector = ownerSector
            self.status = status
            self.dueOn = dueOn
        }
    }

    /// Where an STL in formation stands in its installation.
    public struct Installation: Hashable, Sendable {
        public let secretariatID: UUID
        public let installed: Bool
        /// Registrations to the open call still waiting for a decision.
        public let pendingRegistrations: Int
        /// The election's schedule, if one was called.
        public let election: ElectionSchedule?
        /// The first step (1–10) not concluded; `nil` when all are.
        public let currentStep: Int?
        public let currentStepTitle: String

        public init(
            secretariatID: UUID, installed: Bool, pendingRegistrations: Int, election: ElectionSchedule?, currentStep: Int?,
            currentStepTitle: String = ""
        ) {
            self.secretariatID = secretariatID
            self.installed = installed
            self.pendingRegistrations = pendingRegistrations
            self.election = election
            self.currentStep = currentStep
            self.currentStepTitle = currentStepTitle
        }
    }

    public var grants: [Grant]
    public var seats: [SeatHold]
    public var openMotions: [OpenMotion]
    public var finalMinutes: [FinalMinutes]
    public var sessions: [Session]
    public var proposals: [Proposal]
    public var agreements: [Agreement]
    public var installations: [Installation]
    /// Term-end warnings of the person's STLs (`TermEnds`), with the STL they belong to.
    public var termWarnings: [(secretariatID: UUID, warning: TermEndWarning)]

    public init(
        grants: [Grant], seats: [SeatHold] = [], openMotions: [OpenMotion] = [], finalMinutes: [FinalMinutes] = [],
        sessions: [Session] = [], proposals: [Proposal] = [], agreements: [Agreement] = [], installations: [Installation] = [],
        termWarnings: [(secretariatID: UUID, warning: TermEndWarning)] = []
    ) {
        self.termWarnings = termWarnings
        self.grants = grants
        self.seats = seats
        self.openMotions = openMotions
        self.finalMinutes = finalMinutes
        self.sessions = sessions
        self.proposals = proposals
        self.agreements = agreements
        self.installations = installations
    }
}

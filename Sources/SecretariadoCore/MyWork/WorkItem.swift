import Foundation

/// One thing waiting for one person in one STL, as «Mi trabajo» lists it. Plain values
/// only: the page turns `kind` and the ids into a link and a sentence.
public struct WorkItem: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// A vote is open and the person's seat, present at the session, has not voted.
        case voteOpen
        /// Final minutes of a session the person's seat attended, not yet signed or refused.
        case minutesToSign
        /// A representative's request for a session, waiting for the facilitator to convene it.
        case sessionRequest
        /// A convened session the facilitator has yet to conduct or close with its minutes.
        case sessionToConduct
        /// A member's agenda proposal not yet integrated into an agenda.
        case proposalToIntegrate
        /// An agreement the person's sector owns, past its due date.
        case agreementOverdue
        /// An agreement the person's sector owns, due within `WorkRules.dueSoonDays`.
        case agreementDueSoon
        /// Registrations to the open call waiting to be validated or rejected.
        case registrationsToDecide
        /// The civil-society election may be closed and its results published.
        case electionToClose
        /// The installation step the STL is on (the first one not concluded).
        case installationStep
        /// A member's term ends within `TermEnds.warningDays`, or ended with nobody relieving
        /// its holder: the member sees their own, the facilitator every one of the STL.
        case termEnding
    }

    public let kind: Kind
    public let secretariatID: UUID
    /// The motion, session, proposal or agreement the item is about.
    public let subjectID: UUID?
    /// The session a motion belongs to.
    public let sessionID: UUID?
    /// A count (registrations) or a step number.
    public let number: Int?
    /// The subject as the record names it (a motion's title, a session's title…).
    public let title: String
    /// When it is due, or when the session starts.
    public let date: Date?

    public init(kind: Kind, secretariatID: UUID, subjectID: UUID? = nil, sessionID: UUID? = nil, number: Int? = nil, title: String, date: Date? = nil)
    {
        self.kind = kind
        self.secretariatID = secretariatID
        self.subjectID = subjectID
        self.sessionID = sessionID
        self.number = number
        self.title = title
        self.date = date
    }
}

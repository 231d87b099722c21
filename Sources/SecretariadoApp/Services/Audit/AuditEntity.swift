/// What an audit entry is about. The raw values are what the log stores (and what the
/// archive and existing rows hold): they never change. Each kind says which cached pages a
/// write to it makes stale (`dataVersionScopes`); the switch has no default, so a new kind
/// has to be decided there.
enum AuditEntity: String, Sendable, CaseIterable {
    case actionPlan = "action_plan"
    case agendaItem = "agenda_item"
    case agreement
    case agreementNote = "agreement_note"
    case apiToken = "api_token"
    case attendance
    case callRegistration = "call_registration"
    case commitment
    case document
    case election
    case electionCandidate = "election_candidate"
    case electionCredential = "election_credential"
    case electionReceipt = "election_receipt"
    case expense
    case facilitator
    case facilitatorSelection = "facilitator_selection"
    case governance
    case governanceDraft = "governance_draft"
    case installationAct = "installation_act"
    case installationEvidence = "installation_evidence"
    case installationStep = "installation_step"
    case mail
    case member
    case milestone
    case minutes
    case motion
    case nationalGrant = "national_grant"
    case notificationPreferences = "notification_preferences"
    case openCall = "open_call"
    case organization
    case outreachActivity = "outreach_activity"
    case promoterMember = "promoter_member"
    case proposal
    case roleGrant = "role_grant"
    case seat
    case secretariat
    case sector
    case session
    case signature
    case signingKey = "signing_key"
    case user
    case vote
    case workRouteActivity = "work_route_activity"

    /// Whether a write of this kind raises the national directory's counter — `/`,
    /// `/comparativo`, the STL list, built from STLs, seats and sectors. Writes that stay
    /// inside an STL's sessions, follow-up and accounts leave it alone, so a vote in one STL
    /// does not make the whole country's pages render again; every other kind raises it,
    /// because a render too many costs less than a stale page.
    var touchesDirectory: Bool {
        switch self {
        case .callRegistration, .election, .electionCandidate, .electionCredential, .electionReceipt,
            .facilitator, .facilitatorSelection, .governance, .governanceDraft, .installationAct,
            .installationEvidence, .installationStep, .mail, .member, .nationalGrant,
            .notificationPreferences, .openCall, .organization, .promoterMember, .seat, .secretariat,
            .sector, .workRouteActivity:
            true
        case .actionPlan, .agendaItem, .agreement, .agreementNote, .apiToken, .attendance, .commitment, .document,
            .expense, .milestone, .minutes, .motion, .outreachActivity, .proposal, .roleGrant, .session,
            .signature, .signingKey, .user, .vote:
            false
        }
    }

    /// The national counters a write of this kind raises (the STL's own counter follows
    /// the entry's STL, see `AuditLog.record`).
    var dataVersionScopes: [DataVersion.Scope] {
        touchesDirectory ? [.everything, .directory] : [.everything]
    }
}

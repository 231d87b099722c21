import Foundation

/// Everything a route can ask permission for. Each route names exactly one of these, so
/// the authorization matrix is this enum times `Principal`, testable without a server.
public enum Permission: Hashable, Sendable {
    /// Public pages and open data.
    case readPublic
    /// Create STLs, manage users and their roles.
    case administerPlatform
    /// Any signed-in user: their own account and API tokens.
    case manageOwnAccount
    /// Seats, members, organisations and facilitator of one STL.
    case editComposition(UUID)
    /// Personal contact data of the people of one STL.
    case readContactData(UUID)
    /// The audit log of one STL.
    case readAuditLog(UUID)
    /// The management page of one STL read without its forms (national coordination), or
    /// with them (its editors).
    case readManagement(UUID)
    /// The audit log of the whole platform, changes outside any STL included.
    case readPlatformAudit
    /// Write the Mecanismo de Gobernanza of one STL being formed (it enters into force
    /// with the acta de instalación).
    case editGovernance(UUID)
    /// Propose a new version of the Mecanismo de Gobernanza of one installed STL: a draft
    /// the STL adopts, or not, by a motion in session.
    case proposeGovernance(UUID)
    /// Correct a typo in the version in force, without touching what the platform executes.
    case correctGovernance(UUID)
    // Installation of an STL: see AccessPolicy+Installation.swift.
    /// The installation roadmap, Grupo Promotor, open call, election set-up and close, and
    /// acta of one STL.
    case manageInstallation(UUID)
    /// Concluding step 10 of one STL: it becomes «instalado».
    case installSecretariat(UUID)
    /// Recording the facilitator the selected representatives chose.
    case recordFacilitatorSelection(UUID)
    /// Casting a civil-society ballot or nomination with an organisation's credential.
    case castElectionBallot(UUID)
    /// The count of a civil-society election before it closes.
    case readElectionPartialResults(UUID)
    // Sessions, voting, minutes and archive.
    /// Members' view of one STL's work in progress: requests, proposals, draft agenda and minutes.
    case readSessionDrafts(UUID)
    /// Submit agenda proposals (representatives and the facilitator).
    case proposeAgenda(UUID)
    /// Ask the facilitator to convene a session (representatives).
    case requestSession(UUID)
    /// Convene, reschedule and cancel sessions (the facilitator, function 1).
    case convene(UUID)
    /// Run a session: agenda, attendance, motions, closing votes, minutes, agreements.
    case runSession(UUID)
    /// Vote for one's seat (representatives; never the facilitator, who has no vote).
    case vote(UUID)
    /// Sign, or refuse to sign, finalised minutes (representatives).
    case signMinutes(UUID)
    // Follow-up: agreements, action plan, finances and outreach.
    /// Record the follow-up of one STL: agreements and their notes, the Plan de Acción
    /// Local, spending and outreach (the facilitator and the representatives).
    case editFollowUp(UUID)
}

/// The one place that decides who may do what (an authorization rule for
/// every route by role and sector).
public enum AccessPolicy {
    public static func allows(_ principal: Principal, _ permission: Permission) -> Bool {
        if let ruling = installationRuling(principal, permission) { return ruling }  // installation steps bind admins too
        if let ruling = sessionRuling(principal, permission) { return ruling }  // votes and signatures need a seat, admins included
        if principal.isAdmin { return true }
        switch permission {
        case .readPublic:
            return true
        case .administerPlatform:
            return false
        case .manageOwnAccount:
            return principal.isAuthenticated
        case .editComposition(let stl), .readContactData(let stl):
            // The guarantor administers its state's STL; the facilitator runs it.
            return principal.holds(.facilitador, in: stl) || principal.holds(.garante, in: stl)
        case .readAuditLog(let stl):
            // Whoever answers for the STL reads its record of changes: its facilitator, the
            // guarantor body that administers it, its representatives, and national
            // coordination. Readers who are not editors get the entries with contact data
            // redacted (`AuditRedaction`).
            return principal.holds(.facilitador, in: stl) || principal.holds(.garante, in: stl)
                || principal.holds(.representante, in: stl) || principal.isCoordinator
        case .readManagement(let stl):
            return allows(principal, .editComposition(stl)) || principal.isCoordinator
        case .readPlatformAudit:
            return principal.isCoordinator
        case .editGovernance(let stl):
            // The facilitator drafts the charter the representatives agree (guide, step 9).
            return principal.holds(.facilitador, in: stl)
        case .proposeGovernance(let stl):
            // Anyone who sits at the table may propose; only the STL's vote adopts.
            return principal.holds(.facilitador, in: stl) || principal.holds(.representante, in: stl)
        case .correctGovernance:
            return false  // platform administrators only (allowed above)
        // Installation of an STL
        case .manageInstallation(let stl):
            return principal.holds(.garante, in: stl) || principal.holds(.facilitador, in: stl)
        case .installSecretariat(let stl):
            return principal.holds(.garante, in: stl)
        case .recordFacilitatorSelection(let stl):
            return principal.holds(.representante, in: stl) || principal.holds(.garante, in: stl)
        case .castElectionBallot, .readElectionPartialResults:
            return false  // decided by installationRuling, before the admin check
        // Sessions, voting, minutes and archive.
        case .readSessionDrafts(let stl):
            return !principal.roles(in: stl).isEmpty
        case .proposeAgenda(let stl):
            return principal.holds(.representante, in: stl) || principal.holds(.facilitador, in: stl)
        case .requestSession(let stl), .signMinutes(let stl):
            return principal.holds(.representante, in: stl)
        case .convene(let stl), .runSession(let stl):
            return principal.holds(.facilitador, in: stl)
        case .vote(let stl):
            // Voice but no vote: a facilitator never votes, even one who also holds a seat.
            return principal.holds(.representante, in: stl) && !principal.holds(.facilitador, in: stl)
        // Follow-up: agreements, action plan, finances and outreach.
        case .editFollowUp(let stl):
            // The facilitator keeps the record (functions 5 and 6); representatives own the
            // agreements and commitments whose progress they report.
            return principal.holds(.facilitador, in: stl) || principal.holds(.representante, in: stl)
        }
    }
}

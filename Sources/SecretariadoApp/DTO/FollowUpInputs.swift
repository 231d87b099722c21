import Vapor

// Bodies of the follow-up routes: optional text checked by the services, so
// forms and JSON get the same validation and messages (see DTO/Inputs.swift). Dates are
// AAAA-MM-DD on Mexico City's calendar; links are one per line.

/// An acuerdo entered directly, not born from a motion.
struct AgreementCreateInput: Content {
    var title: String?
    var description: String?
    var owner: String?
    var ownerSector: String?
    var dueOn: String?
    /// The session it was taken in, if any.
    var sessionId: String?
}

/// A follow-up note; `status`, when given, changes the agreement's status with it.
struct AgreementNoteInput: Content {
    var notedOn: String?
    var text: String?
    var evidenceLinks: String?
    var status: String?
}

struct ActionPlanInput: Content {
    var title: String?
    var description: String?
    var startsOn: String?
    var endsOn: String?
}

struct CommitmentInput: Content {
    var title: String?
    var problem: String?
    var objective: String?
    var leadInstitution: String?
    var coResponsible: String?
    /// OGP value codes separated by commas: "acceso_informacion,participacion_civica".
    var ogpValues: String?
}

/// The STL's own judgement of a commitment's completion level. An empty `levelOverride`
/// removes the override (the level follows the milestones again).
struct CommitmentLevelInput: Content {
    var levelOverride: String?
    var overrideReason: String?
}

struct MilestoneInput: Content {
    var title: String?
    var dueOn: String?
}

/// Progress of a milestone: done or not, when, and the evidence.
struct MilestoneUpdateInput: Content {
    /// "true" or "false".
    var done: String?
    var doneOn: String?
    var evidenceLinks: String?
}

struct ExpenseInput: Content {
    var spentOn: String?
    var concept: String?
    /// Pesos as written in Mexico: "1,234.50", "$0.10".
    var amount: String?
    var source: String?
    var receiptUrl: String?
}

/// Why an expense is annulled.
struct AnnulInput: Content {
    var reason: String?
}

struct OutreachInput: Content {
    var heldOn: String?
    var kind: String?
    var title: String?
    var audience: String?
    var attendees: String?
    var materialLinks: String?
}

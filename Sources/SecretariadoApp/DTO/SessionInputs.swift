import Vapor

// Bodies of the session, voting and minutes routes: optional text checked by the services,
// so forms and JSON get the same validation and messages (see DTO/Inputs.swift).

struct ProposalInput: Content {
    var title: String?
    var description: String?
    /// Attachments as links, one per line.
    var links: String?
}

struct ProposalDeclineInput: Content {
    var reason: String?
}

struct SessionRequestInput: Content {
    var kind: String?
    var reason: String?
}

/// Convening, and later editing, a session. Date and time are Mexico City's wall clock.
struct ConveneInput: Content {
    /// The request being convened; empty to convene a new session directly.
    var requestId: String?
    var kind: String?
    /// "true", "on", "1" or "sí" for an urgent extraordinary session.
    var urgent: String?
    /// AAAA-MM-DD.
    var date: String?
    /// HH:MM (24 h).
    var time: String?
    var durationMinutes: String?
    var place: String?
    var modality: String?
}

struct CancelInput: Content {
    var reason: String?
}

struct AgendaItemInput: Content {
    /// A pending proposal to integrate; or a title for a point of the facilitator's own.
    var proposalId: String?
    var title: String?
    var description: String?
}

struct AttendanceInput: Content {
    struct Line: Content {
        var seatId: String?
        var attendance: String?
    }

    var seats: [Line]?
}

struct MotionInput: Content {
    var agendaItemId: String?
    var title: String?
    var text: String?
    var agreementOwner: String?
    var agreementOwnerSector: String?
    /// AAAA-MM-DD.
    var agreementDueOn: String?
    /// A proposed charter version this motion adopts (`GovernanceDraft`), if any.
    var governanceDraftId: String?
}

struct VoteInput: Content {
    var option: String?
}

struct MinutesInput: Content {
    struct Discussion: Content {
        var agendaItemId: String?
        var text: String?
    }

    var notes: String?
    var discussions: [Discussion]?
}

struct SignInput: Content {
    var password: String?
    /// "firma" (default) or "rechazo".
    var decision: String?
    var reason: String?
}

struct AgreementUpdateInput: Content {
    var status: String?
}

/// Changes to one point of the orden del día before the session starts: a new title or
/// description, or a new place in the order (1 is first).
struct AgendaItemUpdateInput: Content {
    var title: String?
    var description: String?
    var position: String?

    init(title: String? = nil, description: String? = nil, position: String? = nil) {
        self.title = title
        self.description = description
        self.position = position
    }

    /// The API sends the position as a number, the form as text: both are read.
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        if let number = try? c.decodeIfPresent(Int.self, forKey: .position) {
            position = String(number)
        } else {
            position = try c.decodeIfPresent(String.self, forKey: .position)
        }
    }
}

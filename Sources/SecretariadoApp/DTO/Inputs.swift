import Vapor

// Bodies of the write routes. Every field is optional text here and checked by the
// service, so that forms and JSON get the same validation and the same messages.

struct OrganizationInput: Content {
    var name: String?
    var kind: String?
    var website: String?
    var contactEmail: String?
    var notes: String?
}

struct SeatInput: Content {
    var sector: String?
}

struct MemberInput: Content {
    var seatId: String?
    var role: String?
    var personName: String?
    var personEmail: String?
    var personPhone: String?
    var organizationId: String?
    var office: String?
    var startsOn: String?
    var note: String?
    /// A civil-society seat filled by hand: the reference (`eleccion`, `acta`,
    /// `designacion_directa`), the reason, and the confirmation that the appointer read
    /// that civil society chooses its own.
    var appointmentReference: String?
    var appointmentReason: String?
    var confirmDirectAppointment: String?
}

struct MemberUpdate: Content {
    var personName: String?
    var office: String?
    var note: String?
    var endsOn: String?
}

struct FacilitatorInput: Content {
    var personName: String?
    var personEmail: String?
    var origin: String?
    var originKind: String?
    var startsOn: String?
    var note: String?
    /// "on" once the person naming the facilitator has seen the independence warnings.
    var confirmIndependence: String?
}

struct SecretariatInput: Content {
    var name: String?
    var slug: String?
    var level: String?
    var state: String?
    var ruleKind: String?
    var ruleText: String?
}

struct SectorInput: Content {
    var name: String?
    var nameEn: String?
    var code: String?
    /// "si" (a voting sector, the default) or "no" (observers).
    var voting: String?
}

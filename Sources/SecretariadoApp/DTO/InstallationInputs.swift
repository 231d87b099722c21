import Vapor

// Bodies of the installation forms. Every field is optional text, checked by the
// services, so that a bad value is a 4xx naming the field.

struct InstallationStepInput: Content {
    var status: String?
    var startedOn: String?
    var concludedOn: String?
    var notes: String?
}

struct InstallationEvidenceInput: Content {
    var kind: String?
    var title: String?
    var url: String?
}

struct PromoterMemberInput: Content {
    var name: String?
    var organization: String?
    var sector: String?
    var position: String?
    var contactEmail: String?
    var contactPhone: String?
}

struct WorkRouteActivityInput: Content {
    var title: String?
    var startsOn: String?
    var endsOn: String?
    var stepNumber: String?
    var responsible: String?
    var notes: String?
}

struct OpenCallInput: Content {
    var title: String?
    var body: String?
    var opensOn: String?
    var closesOn: String?
}

struct CallRegistrationInput: Content {
    var organizationName: String?
    var kind: String?
    var agendaKind: String?
    var agenda: String?
    var website: String?
    /// One link per line.
    var evidenceLinks: String?
    var contactName: String?
    var contactEmail: String?
    var contactPhone: String?
    var privacyConsent: String?
    /// The honeypot: hidden from people, filled by robots.
    var homepage: String?
}

struct RegistrationDecisionInput: Content {
    var decision: String?
    var reason: String?
}

struct ElectionInput: Content {
    var title: String?
    var seats: String?
    var method: String?
    /// `AAAA-MM-DDTHH:MM`, Mexico City.
    var opensAt: String?
    var closesAt: String?
}

struct CredentialInput: Content {
    var registrationId: String?
}

struct NominationInput: Content {
    var personName: String?
    var registrationId: String?
    var statement: String?
}

struct FacilitatorSelectionInput: Content {
    var personName: String?
    var personEmail: String?
    var origin: String?
    var originKind: String?
    var method: String?
    var decidedOn: String?
    var minutesUrl: String?
    var note: String?
}

struct InstallInput: Content {
    var installedOn: String?
}

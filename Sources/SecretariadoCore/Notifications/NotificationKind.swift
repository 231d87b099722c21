import Foundation

/// Every kind of notice the platform sends. Preferences are kept per kind.
public enum NotificationKind: String, Hashable, Sendable, Codable, CaseIterable {
    case sessionConvened = "sesion-convocada"
    case sessionRescheduled = "sesion-modificada"
    case sessionCancelled = "sesion-cancelada"
    case sessionRequested = "sesion-solicitada"
    case agendaPublished = "orden-del-dia"
    case proposalDecided = "propuesta-resuelta"
    case minutesToSign = "minuta-por-firmar"
    case signingReminder = "recordatorio-firma"
    case agreementDue = "acuerdo-por-vencer"
    case agreementOverdue = "acuerdo-vencido"
    case registrationReceived = "registro-recibido"
    case registrationDecided = "registro-resuelto"
    case electionCredential = "credencial-eleccion"
    case termEnding = "periodo-por-terminar"
    case security = "seguridad"

    public var label: Localized {
        switch self {
        case .sessionConvened: Localized(es: "Sesión convocada", en: "Session convened")
        case .sessionRescheduled: Localized(es: "Sesión modificada", en: "Session changed")
        case .sessionCancelled: Localized(es: "Sesión cancelada", en: "Session cancelled")
        case .sessionRequested: Localized(es: "Solicitud de sesión", en: "Session request")
        case .agendaPublished: Localized(es: "Orden del día", en: "Agenda")
        case .proposalDecided: Localized(es: "Propuesta resuelta", en: "Proposal decided")
        case .minutesToSign: Localized(es: "Minuta por firmar", en: "Minutes to sign")
        case .signingReminder: Localized(es: "Recordatorio de firma", en: "Signing reminder")
        case .agreementDue: Localized(es: "Acuerdo por vencer", en: "Agreement due soon")
        case .agreementOverdue: Localized(es: "Acuerdo vencido", en: "Agreement overdue")
        case .registrationReceived: Localized(es: "Registro recibido", en: "Registration received")
        case .registrationDecided: Localized(es: "Registro resuelto", en: "Registration decided")
        case .electionCredential: Localized(es: "Credencial de elección", en: "Election credential")
        case .termEnding: Localized(es: "Fin de periodo", en: "Term ending")
        case .security: Localized(es: "Seguridad de la cuenta", en: "Account security")
        }
    }

    /// Whether the person may turn e-mail off or into a digest. Security notices always go
    /// out at once (a stolen account must not be able to silence them), and messages to an
    /// organisation's contact address are not anyone's account to configure.
    public var isConfigurable: Bool {
        switch self {
        case .security, .registrationReceived, .registrationDecided, .electionCredential: false
        default: true
        }
    }

    /// Whether the message holds a secret that opens an organisation's ballot (its receipt or
    /// its credential). Such text is for the organisation alone: the outbox keeps it only
    /// until it is delivered, and the administration pages never show it.
    public var carriesSecret: Bool {
        self == .registrationReceived || self == .electionCredential
    }

    /// The kinds a person sees on the preferences page.
    public static var configurable: [NotificationKind] { allCases.filter(\.isConfigurable) }

    /// The mode in force: the person's choice for a configurable kind, else at once.
    public func mode(chosen: DeliveryMode?) -> DeliveryMode {
        isConfigurable ? (chosen ?? .immediate) : .immediate
    }
}

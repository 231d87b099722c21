import Fluent
import Foundation
import SecretariadoCore

/// An organisation's registration in an open call, received and decided, and its election
/// credential: told to the contact address it registered, never to an account. The receipt
/// and the credential open the organisation's ballot, so those messages are `carriesSecret`:
/// their text is not shown in `/admin/correo` and is removed from the outbox once sent.
enum RegistrationNotices {
    static func received(_ registration: CallRegistration, receiptCode: String, in stl: Secretariat, now: Date = Date(), on db: any Database)
        async throws
    {
        let link = SiteURL.installationReceipt(.value(stl.slug), .value(receiptCode)).path
        try await Notifier.notify(.registrationReceived, to: [contact(registration)], now: now, on: db) { _, _ in
            .init(
                subject: "Registro recibido: \(registration.organizationName) — STL \(stl.name)",
                text: """
                    Recibimos el registro de \(registration.organizationName) en la convocatoria del Secretariado Técnico Local \(stl.name).
                    Guarda este correo: el enlace siguiente es tu acuse. Con él consultas el estado del registro y, si hay elección, abres la credencial de tu organización. Nadie más lo tiene.
                    """,
                link: link)
        }
    }

    static func decided(_ registration: CallRegistration, in stl: Secretariat, now: Date = Date(), on db: any Database) async throws {
        let link = SiteURL.installationCall(.value(stl.slug)).path
        let validated = registration.status == .validada
        try await Notifier.notify(.registrationDecided, to: [contact(registration)], now: now, on: db) { _, _ in
            var text =
                validated
                ? "El registro de \(registration.organizationName) en la convocatoria del Secretariado Técnico Local \(stl.name) fue validado."
                : "El registro de \(registration.organizationName) en la convocatoria del Secretariado Técnico Local \(stl.name) fue rechazado."
            if let reason = registration.decisionReason { text += "\nMotivo: \(reason)" }
            return .init(
                subject: "Registro \(validated ? "validado" : "rechazado"): \(registration.organizationName) — STL \(stl.name)",
                text: text, link: link)
        }
    }

    /// The credential link (the ballot), to the organisation's registered contact only.
    static func credential(_ registration: CallRegistration, token: String, in stl: Secretariat, now: Date = Date(), on db: any Database) async throws
    {
        let link = SiteURL.installationBallot(.value(stl.slug), .value(token)).path
        try await Notifier.notify(.electionCredential, to: [contact(registration)], now: now, on: db) { _, _ in
            .init(
                subject: "Credencial de elección: \(registration.organizationName) — STL \(stl.name)",
                text: """
                    Esta es la credencial de \(registration.organizationName) para elegir a la representación de la sociedad civil en el Secretariado Técnico Local \(stl.name).
                    El enlace siguiente es personal: con él tu organización propone y vota una sola vez. No lo compartas. Si se emite una credencial nueva, esta deja de valer.
                    """,
                link: link)
        }
    }

    private static func contact(_ registration: CallRegistration) -> NoticeAudience.Candidate {
        .init(standing: .titular, name: registration.contactName, email: registration.contactEmail)
    }
}

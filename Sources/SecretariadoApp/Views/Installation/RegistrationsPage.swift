import Foundation
import Plot
import SecretariadoCore

/// `/stl/{slug}/instalacion/registros`: every registration with its contact data, for the
/// guarantor and the Promoter Group to validate or reject with a reason.
enum RegistrationsPage {
    struct Model {
        let stl: Secretariat
        let registrations: [CallRegistration]
        let saved: Bool
        /// Each registration's documents (private: this page is for who validates).
        var documents: [UUID: AttachmentsSection.Model] = [:]
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(
                title: context.t("Validar registros — \(model.stl.name)", "Validate registrations — \(model.stl.name)"), context: context, main: main)
        }

        private var main: Node<HTML.BodyContext> {
            .group(
                InstallationChrome.header(
                    context.t("Validación de registros", "Validation of registrations"),
                    stl: model.stl, current: .call, context: context),
                InstallationChrome.saved(model.saved, context: context),
                .p(
                    .class("hint"),
                    .text(
                        context.t(
                            "Rechazar exige un motivo, que se publica. Una organización validada recibe su credencial al crearse la elección.",
                            "Rejecting requires a reason, which is published. A validated organisation receives its credential when the election is created."
                        ))),
                .if(model.registrations.isEmpty, .p(.class("muted"), .text(context.t("Sin registros.", "No registrations.")))),
                .forEach(model.registrations) { registration in card(registration) }
            )
        }

        private func card(_ registration: CallRegistration) -> Node<HTML.BodyContext> {
            let id = registration.id!
            return .article(
                .class("card"),
                .h2(.text(registration.organizationName), .text(" "), RegistrationBadge.node(registration, context: context)),
                .unwrap(model.documents[id]) { AttachmentsSection.compact($0, context: context) },
                .dl(
                    .class("facts"),
                    .dt(.text(context.t("Tipo", "Kind"))), .dd(.text(context.t(registration.kind.label))),
                    .dt(.text(context.t("Agenda", "Agenda"))), .dd(.text("\(context.t(registration.agendaKind.label)): \(registration.agenda)")),
                    .dt(.text(context.t("Trayectoria", "Track record"))),
                    .dd(.ul(.forEach(registration.links) { link in .li(InstallationChrome.link(link, text: link)) })),
                    .dt(.text(context.t("Contacto (privado)", "Contact (private)"))),
                    .dd(
                        .text(
                            [registration.contactName, registration.contactEmail, registration.contactPhone].compactMap { $0 }.joined(
                                separator: " · "))),
                    .unwrap(registration.decidedBy) { who in
                        .group(
                            .dt(.text(context.t("Decidió", "Decided by"))),
                            .dd(.text("\(who), \(InstallationChrome.date(registration.decidedAt, context: context))")))
                    }
                ),
                .form(
                    .class("stack"), .method(.post),
                    .action(SiteURL.installationRegistrationDecision(.value(model.stl.slug), .value(id)).path),
                    CSRFField.node(context),
                    FormFields.select(
                        context.t("Decisión", "Decision"), name: "decision", id: "d-\(id)",
                        options: [("validar", context.t("Validar", "Validate")), ("rechazar", context.t("Rechazar", "Reject"))],
                        selected: registration.status == .rechazada ? "rechazar" : "validar", required: true),
                    FormFields.text(
                        context.t("Motivo (obligatorio para rechazar; se publica)", "Reason (required to reject; published)"),
                        name: "reason", id: "r-\(id)", value: registration.decisionReason),
                    FormFields.submit(context.t("Registrar decisión", "Record decision")))
            )
        }
    }
}

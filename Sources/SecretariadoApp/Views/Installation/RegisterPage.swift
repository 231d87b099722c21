import Foundation
import Plot
import SecretariadoCore

/// `/stl/{slug}/instalacion/registro`: the public registration form of the open call, for
/// organisations without an account; and the acknowledgement once sent.
enum RegisterPage {
    enum State {
        case form(input: CallRegistrationInput?, error: ErrorDescription?)
        /// Sent: the organisation's name and its private receipt code, shown this once.
        case received(String, receipt: String)
    }

    struct Model {
        let stl: Secretariat
        let call: OpenCall?
        let state: State
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(
                title: context.t("Registro en la convocatoria de \(model.stl.name)", "Registration in the open call of \(model.stl.name)"),
                context: context, main: main)
        }

        private var main: Node<HTML.BodyContext> {
            .group(
                InstallationChrome.header(
                    context.t("Registro de organizaciones", "Organisation registration"),
                    stl: model.stl, current: .call, context: context),
                body
            )
        }

        private var body: Node<HTML.BodyContext> {
            switch model.state {
            case .received(let name, let receipt):
                let path = SiteURL.installationReceipt(.value(model.stl.slug), .value(receipt)).path
                return .section(
                    .p(
                        .class("notice"), .attribute(named: "role", value: "status"),
                        .text(
                            context.t(
                                "Recibimos el registro de «\(name)». El organismo garante y el Grupo Promotor lo revisarán y publicarán su decisión en la página de la convocatoria.",
                                "We received the registration of “\(name)”. The guarantor body and the Promoter Group will review it and publish their decision on the call's page."
                            ))),
                    .h2(.text(context.t("Tu acuse de registro privado", "Your private registration receipt"))),
                    .p(
                        .text(
                            context.t(
                                "Guarda este enlace: sólo tu organización lo tiene y no se vuelve a mostrar. En él verás la decisión y, si tu registro se valida, recibirás una sola vez tu enlace de votación para la elección.",
                                "Keep this link: only your organisation has it and it is not shown again. There you will see the decision and, if your registration is validated, receive your voting link for the election, once."
                            ))),
                    .p(.class("secret receipt"), .a(.href(path), .text(path))),
                    .p(
                        .a(
                            .href(SiteURL.installationCall(.value(model.stl.slug)).path),
                            .text(context.t("Volver a la convocatoria", "Back to the call")))))
            case .form(let input, let error):
                guard let call = model.call, call.acceptsRegistrations(at: Date()) else {
                    return .p(
                        .class("error-box"),
                        .text(
                            context.t(
                                "La convocatoria de este secretariado no está abierta a registros en este momento.",
                                "This secretariat's call is not open for registrations at the moment.")))
                }
                return .group(
                    .p(.text(call.title)),
                    // Errors are shown by the shared form pattern (summary and per field).
                    .unwrap(error) { error in
                        .div(.class("error-box"), .attribute(named: "role", value: "alert"), .p(.text(error.message)))
                    },
                    form(input))
            }
        }

        private func form(_ input: CallRegistrationInput?) -> Node<HTML.BodyContext> {
            let kinds = OrganizationKind.allCases.filter { $0 != .gobierno && $0 != .organismoGarante }
            return .form(
                .class("stack"), .method(.post), .action(SiteURL.installationRegister(.value(model.stl.slug)).path),
                CSRFField.node(context),
                FormFields.text(
                    context.t("Nombre de la organización", "Organisation's name"), name: "organizationName", value: input?.organizationName,
                    required: true),
                FormFields.select(
                    context.t("Tipo de organización", "Kind of organisation"), name: "kind",
                    options: kinds.map { ($0.rawValue, context.t($0.label)) }, selected: input?.kind ?? OrganizationKind.sociedadCivil.rawValue,
                    required: true),
                FormFields.select(
                    context.t("Agenda", "Agenda"), name: "agendaKind",
                    options: AgendaKind.allCases.map { ($0.rawValue, context.t($0.label)) }, selected: input?.agendaKind, required: true),
                FormFields.text(
                    context.t("Temas o comunidad que atiende", "Topics or community it works with"), name: "agenda", value: input?.agenda,
                    required: true,
                    hint: context.t(
                        "Por ejemplo: salud materna; colonias del sur de Mérida.", "For example: maternal health; neighbourhoods of southern Mérida.")
                ),
                FormFields.text(context.t("Sitio web", "Website"), name: "website", type: .url, value: input?.website),
                InstallationForms.textarea(
                    context.t("Enlaces que muestran su trayectoria", "Links showing its track record"), name: "evidenceLinks",
                    value: input?.evidenceLinks, required: true,
                    hint: context.t(
                        "Uno por línea (informes, proyectos, notas de prensa); hasta 10.", "One per line (reports, projects, press); up to 10.")),
                FormFields.text(context.t("Persona de contacto", "Contact person"), name: "contactName", value: input?.contactName, required: true),
                FormFields.text(
                    context.t("Correo de contacto (privado)", "Contact e-mail (private)"), name: "contactEmail", type: .email,
                    value: input?.contactEmail, required: true,
                    hint: context.t("Nunca se publica; sirve para contactar a la organización.", "Never published; used to contact the organisation.")
                ),
                FormFields.text(context.t("Teléfono (privado)", "Telephone (private)"), name: "contactPhone", type: .tel, value: input?.contactPhone),
                .div(
                    .class("hp"), .attribute(named: "aria-hidden", value: "true"),
                    .label(.for("f-homepage"), .text(context.t("No llenes este campo", "Leave this field empty"))),
                    .selfClosedElement(
                        named: "input",
                        attributes: [
                            .type(.text), .name("homepage"), .id("f-homepage"),
                            .attribute(named: "tabindex", value: "-1"), .attribute(named: "autocomplete", value: "off"),
                        ] as [Attribute<HTML.InputContext>])),
                .p(
                    .class("hint"),
                    .text(
                        context.t(
                            "Aviso de privacidad: los datos de contacto se usan sólo para este proceso de integración del STL, no se publican y sólo los consultan el organismo garante y la facilitación.",
                            "Privacy notice: contact data are used only for this STL formation process, are never published, and only the guarantor body and the facilitator can see them."
                        ))),
                InstallationForms.checkbox(
                    context.t("Acepto el aviso de privacidad", "I accept the privacy notice"), name: "privacyConsent", id: "f-privacyConsent",
                    required: true),
                FormFields.submit(context.t("Enviar registro", "Send registration")))
        }
    }
}

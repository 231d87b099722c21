import Foundation
import Plot
import SecretariadoCore

/// `/stl/{slug}/instalacion/acuse/{code}`: an organisation's private registration receipt.
/// It shows the registration's state and, once, the organisation's ballot link: the only
/// way a credential leaves the platform.
enum ReceiptPage {
    struct Model {
        let stl: Secretariat
        let code: String
        let receipt: RegistrationReceipt.View
        /// The ballot link, on the one response that reveals it.
        let ballotPath: String?
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(
                title: context.t(
                    "Acuse de registro de \(model.receipt.organizationName)", "Registration receipt of \(model.receipt.organizationName)"),
                context: context, main: main)
        }

        private var receipt: RegistrationReceipt.View { model.receipt }

        private var main: Node<HTML.BodyContext> {
            .group(
                InstallationChrome.header(context.t("Acuse de registro", "Registration receipt"), stl: model.stl, current: .call, context: context),
                .p(
                    .class("hint"),
                    .text(
                        context.t(
                            "Esta página es privada de tu organización: no compartas su dirección. Por aquí recibirás tu credencial de votación.",
                            "This page is private to your organisation: do not share its address. Your voting credential arrives here."))),
                .dl(
                    .class("facts"),
                    .dt(.text(context.t("Organización", "Organisation"))), .dd(.text(receipt.organizationName)),
                    .dt(.text(context.t("Estado del registro", "Registration status"))), .dd(.text(context.t(receipt.status.label))),
                    .unwrap(receipt.decisionReason) { reason in .group(.dt(.text(context.t("Razón", "Reason"))), .dd(.text(reason))) },
                    .unwrap(receipt.election) { title in .group(.dt(.text(context.t("Elección", "Election"))), .dd(.text(title))) }
                ),
                credential
            )
        }

        private var credential: Node<HTML.BodyContext> {
            if let path = model.ballotPath {
                return .section(
                    .h2(.text(context.t("Tu enlace de votación", "Your voting link"))),
                    .p(
                        .class("notice"), .attribute(named: "role", value: "status"),
                        .text(
                            context.t(
                                "Guárdalo ahora: se muestra una sola vez. Con él tu organización postula y emite su única boleta.",
                                "Keep it now: it is shown only once. With it your organisation nominates and casts its single ballot."))),
                    .p(.class("secret credential"), .a(.href(path), .text(path))))
            }
            if receipt.hasVoted {
                return .p(.class("notice"), .text(context.t("Tu organización ya votó.", "Your organisation has already voted.")))
            }
            if receipt.credentialWaiting {
                return .section(
                    .h2(.text(context.t("Tu credencial de votación", "Your voting credential"))),
                    .p(
                        .text(
                            context.t(
                                "Tu credencial está lista. Se muestra una sola vez: ábrela cuando puedas guardarla.",
                                "Your credential is ready. It is shown only once: open it when you can keep it."))),
                    .form(
                        .class("stack"), .method(.post),
                        .action(SiteURL.installationReceiptCredential(.value(model.stl.slug), .value(model.code)).path),
                        CSRFField.node(context),
                        FormFields.submit(context.t("Mostrar mi enlace de votación", "Show my voting link"))))
            }
            if receipt.credentialRevealed {
                return .p(
                    .class("hint"),
                    .text(
                        context.t(
                            "Tu credencial ya se mostró. Si se perdió, pide al organismo garante que la reemplace: la nueva aparecerá aquí.",
                            "Your credential was already shown. If it was lost, ask the guarantor body to replace it: the new one will appear here."))
                )
            }
            return .p(
                .class("hint"),
                .text(
                    context.t(
                        "Aún no hay credencial: llega aquí cuando el registro se valida y el organismo garante convoca la elección.",
                        "No credential yet: it arrives here once the registration is validated and the guarantor body calls the election.")))
        }
    }
}

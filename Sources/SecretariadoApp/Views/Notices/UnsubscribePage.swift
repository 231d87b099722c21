import Foundation
import Plot
import SecretariadoCore

/// The page of an unsubscribe link: a confirmation button, then the result.
enum UnsubscribePage {
    struct View {
        let kind: NotificationKind
        let done: Bool
        let action: String
        let context: PageContext

        var html: HTML {
            let name = context.t(kind.label)
            return Layout.page(
                title: context.t("Dejar de recibir correos", "Unsubscribe"), context: context,
                main: .group(
                    .h1(.text(context.t("Dejar de recibir correos", "Unsubscribe"))),
                    done
                        ? .p(
                            .class("notice"), .attribute(named: "role", value: "status"),
                            .text(
                                context.t(
                                    "Listo: ya no recibirás por correo los avisos «\(name)». Seguirán apareciendo en Avisos.",
                                    "Done: you will no longer receive “\(name)” notices by e-mail. They will still appear under Notices.")))
                        : .group(
                            .p(
                                .text(
                                    context.t(
                                        "¿Dejar de recibir por correo los avisos «\(name)»? Seguirán apareciendo en Avisos.",
                                        "Stop receiving “\(name)” notices by e-mail? They will still appear under Notices."))),
                            // No CSRF field: the signed link is the authorization (see UnsubscribeController).
                            .form(
                                .method(.post), .action(action),
                                .input(.type(.hidden), .name("List-Unsubscribe"), .value("One-Click")),
                                .button(.type(.submit), .text(context.t("Dejar de recibir", "Unsubscribe"))))
                        ),
                    .p(.a(.href(SiteURL.noticePreferences.path), .text(context.t("Todas mis preferencias de avisos", "All my notice preferences"))))
                ))
        }
    }
}

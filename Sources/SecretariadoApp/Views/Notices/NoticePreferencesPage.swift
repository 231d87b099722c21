import Foundation
import Plot
import SecretariadoCore

/// `/cuenta/avisos`: the language of one's messages and, per kind, e-mail now, a daily
/// digest or none. In-app notices are always kept.
enum NoticePreferencesPage {
    struct View {
        let language: SecretariadoCore.Language
        let modes: [NotificationKind: DeliveryMode]
        let saved: Bool
        let context: PageContext

        var html: HTML {
            Layout.page(
                title: context.t("Avisos por correo", "E-mail notices"), context: context,
                main: .group(
                    .p(.a(.href(SiteURL.account.path), .text(context.t("« Mi cuenta", "« My account")))),
                    .h1(.text(context.t("Avisos por correo", "E-mail notices"))),
                    .if(
                        saved,
                        .p(
                            .class("notice"), .attribute(named: "role", value: "status"),
                            .text(context.t("Preferencias guardadas.", "Preferences saved.")))),
                    .p(
                        .text(
                            context.t(
                                "Todos los avisos aparecen en Avisos. Aquí eliges cuáles llegan también por correo. Los avisos de seguridad de tu cuenta llegan siempre.",
                                "Every notice appears under Notices. Here you choose which ones also arrive by e-mail. Security notices about your account always arrive."
                            ))),
                    .form(
                        .class("stack"), .method(.post), .action(SiteURL.noticePreferences.path),
                        CSRFField.node(context),
                        FormFields.select(
                            context.t("Idioma de los correos", "Language of the e-mails"), name: "language",
                            options: [("es", "Español"), ("en", "English")], selected: language.rawValue),
                        .forEach(NotificationKind.configurable) { kind in
                            FormFields.select(
                                context.t(kind.label), name: "modes[\(kind.rawValue)]", id: "f-mode-\(kind.rawValue)",
                                options: DeliveryMode.allCases.map { ($0.rawValue, context.t($0.label)) },
                                selected: kind.mode(chosen: modes[kind]).rawValue)
                        },
                        FormFields.submit(context.t("Guardar", "Save"))
                    )
                ))
        }
    }
}

import Plot
import SecretariadoCore

/// `/cuenta/contrasena`: the current password and the new one twice.
enum AccountPasswordPage {
    struct View {
        let context: PageContext

        var html: HTML {
            Layout.page(
                title: context.t("Cambiar contraseña", "Change password"), context: context,
                main: .group(
                    .p(.a(.href(SiteURL.account.path), .text(context.t("« Mi cuenta", "« My account")))),
                    .h1(.text(context.t("Cambiar contraseña", "Change password"))),
                    .p(
                        .text(
                            context.t(
                                "Al cambiarla se cierran tus sesiones en otros navegadores y se revocan tus tokens de la API; esta sesión sigue abierta.",
                                "Changing it ends your sessions in other browsers and revokes your API tokens; this session stays open."))),
                    .form(
                        .class("stack"), .method(.post), .action(SiteURL.accountPassword.path),
                        CSRFField.node(context),
                        FormFields.text(
                            context.t("Contraseña actual", "Current password"), name: "currentPassword", id: "p-current",
                            type: .password, required: true, autocomplete: "current-password"),
                        FormFields.text(
                            context.t("Contraseña nueva", "New password"), name: "newPassword", id: "p-new",
                            type: .password, required: true,
                            hint: context.t(
                                "Al menos \(PasswordPolicy.minimumLength) caracteres y no más de \(PasswordPolicy.maximumBytes) bytes; no una de las contraseñas más usadas. Una frase de varias palabras es fácil de recordar.",
                                "At least \(PasswordPolicy.minimumLength) characters and at most \(PasswordPolicy.maximumBytes) bytes; not one of the most used passwords. A phrase of several words is easy to remember."
                            ),
                            autocomplete: "new-password"),
                        FormFields.text(
                            context.t("Repite la contraseña nueva", "Repeat the new password"), name: "confirmation", id: "p-confirm",
                            type: .password, required: true, autocomplete: "new-password"),
                        FormFields.submit(context.t("Cambiar contraseña", "Change password"))
                    )
                ))
        }
    }
}

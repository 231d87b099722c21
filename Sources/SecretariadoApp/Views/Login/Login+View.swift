import Plot
import SecretariadoCore

enum LoginPage {
    struct Model {
        let next: String
        let error: String?
        let email: String?
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(
                title: context.t("Iniciar sesión", "Sign in"), context: context,
                main: .group(
                    .h1(.text(context.t("Iniciar sesión", "Sign in"))),
                    .unwrap(model.error) { error in .p(.class("error-box"), .attribute(named: "role", value: "alert"), .text(error)) },
                    .form(
                        .class("stack"), .method(.post), .action(SiteURL.login.path),
                        CSRFField.node(context),
                        .input(.type(.hidden), .name("next"), .value(model.next)),
                        FormFields.text(
                            context.t("Correo electrónico", "E-mail"), name: "email", type: .email, value: model.email, required: true,
                            autocomplete: "username"),
                        FormFields.text(
                            context.t("Contraseña", "Password"), name: "password", type: .password, required: true, autocomplete: "current-password"),
                        FormFields.submit(context.t("Entrar", "Sign in"))
                    )
                ))
        }
    }
}

import Foundation
import Plot
import SecretariadoCore

/// `/cuenta/tokens`: the account's API tokens (name, created, last used) with a revoke
/// button each, and the form to create one.
enum AccountTokensPage {
    struct Model {
        struct Token {
            let id: UUID
            let name: String
            let createdAt: Date?
            let lastUsedAt: Date?
        }

        let tokens: [Token]
        /// A token just created, shown once.
        let newToken: String?
        let revoked: Bool
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(
                title: context.t("Tokens de la API", "API tokens"), context: context,
                main: .group(
                    .p(.a(.href(SiteURL.account.path), .text(context.t("« Mi cuenta", "« My account")))),
                    .h1(.text(context.t("Tokens de la API", "API tokens"))),
                    .p(
                        .text(
                            context.t(
                                "Un token deja que un programa use la API en tu nombre, con tus roles. Revoca los que ya no uses: dejan de valer al instante. Cambiar tu contraseña los revoca todos.",
                                "A token lets a program use the API on your behalf, with your roles. Revoke those you no longer use: they stop working at once. Changing your password revokes them all."
                            ))),
                    .unwrap(model.newToken) { token in
                        .div(
                            .class("notice"), .attribute(named: "role", value: "status"),
                            .p(
                                .text(
                                    context.t(
                                        "Token creado. Cópialo ahora: no se volverá a mostrar.",
                                        "Token created. Copy it now: it will not be shown again."))),
                            .p(.class("secret"), .text(token)))
                    },
                    .if(
                        model.revoked,
                        .p(
                            .class("notice"), .attribute(named: "role", value: "status"),
                            .text(context.t("Token revocado.", "Token revoked.")))),
                    model.tokens.isEmpty
                        ? .p(.class("muted"), .text(context.t("No tienes tokens.", "You have no tokens.")))
                        : list,
                    .h2(.text(context.t("Crear token", "Create a token"))),
                    .form(
                        .class("stack"), .method(.post), .action(SiteURL.accountTokens.path),
                        CSRFField.node(context),
                        FormFields.text(
                            context.t("Nombre del token", "Token name"), name: "name", required: true,
                            hint: context.t(
                                "Para reconocerlo después, p. ej. «script de publicación».", "To recognise it later, e.g. “publishing script”.")),
                        FormFields.submit(context.t("Crear token", "Create token"))
                    )
                ))
        }

        private var list: Node<HTML.BodyContext> {
            .table(
                .thead(
                    .tr(
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Nombre", "Name"))),
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Creado", "Created"))),
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Último uso", "Last used"))),
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Revocar", "Revoke")))
                    )),
                .tbody(
                    .forEach(model.tokens) { token in
                        .tr(
                            .td(.text(token.name)),
                            .td(.text(token.createdAt.map(CalendarDate.format) ?? "—")),
                            .td(.text(token.lastUsedAt.map(CalendarDate.format) ?? context.t("nunca", "never"))),
                            .td(
                                .form(
                                    .method(.post), .action(SiteURL.accountTokenRevoke(.value(token.id)).path),
                                    CSRFField.node(context),
                                    .button(
                                        .type(.submit),
                                        .attribute(named: "aria-label", value: context.t("Revocar «\(token.name)»", "Revoke “\(token.name)”")),
                                        .text(context.t("Revocar", "Revoke")))
                                ))
                        )
                    })
            )
        }
    }
}

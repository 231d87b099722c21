import Plot
import SecretariadoCore

enum AccountPage {
    struct Model {
        let user: User
        /// Each grant with its STL's name and whether it gives rights today.
        let roles: [(RoleGrant, String, GrantStanding)]

        var current: [(RoleGrant, String)] { roles.filter(\.2.confersRights).map { ($0.0, $0.1) } }
        var withoutRights: [(RoleGrant, String, GrantStanding)] { roles.filter { !$0.2.confersRights } }
        let tokens: [APIToken]
        /// A token just created, shown once.
        let newToken: String?
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(title: context.t("Mi cuenta", "My account"), context: context, main: .group(
                .h1(.text(context.t("Mi cuenta", "My account"))),
                .p(.text("\(model.user.name) <\(model.user.email)>")),
                .h2(.text(context.t("Mis roles", "My roles"))),
                .if(model.current.isEmpty && !model.user.isAdmin, .p(.class("muted"), .text(context.t("Sin roles asignados.", "No roles assigned.")))),
                .if(model.user.isAdmin, .p(.text(context.t("Administración de la plataforma.", "Platform administration.")))),
                .ul(.forEach(model.current) { grant, stlName in
                    .li(.text("\(context.t(grant.role.label)) — \(stlName)"))
                }),
                .if(!model.withoutRights.isEmpty, .group(
                    .h3(.text(context.t("Asientos sin derechos vigentes", "Seats without current rights"))),
                    .ul(.forEach(model.withoutRights) { grant, stlName, standing in
                        .li(.text("\(context.t(grant.role.label)) — \(stlName)"),
                            .span(.class("muted"), .text(standing.note.map { " (\(context.t($0)))" } ?? "")))
                    })
                )),
                .h2(.text(context.t("Tokens de la API", "API tokens"))),
                .unwrap(model.newToken) { token in
                    .div(.class("notice"), .attribute(named: "role", value: "status"),
                         .p(.text(context.t("Token creado. Cópialo ahora: no se volverá a mostrar.", "Token created. Copy it now: it will not be shown again."))),
                         .p(.class("secret"), .text(token)))
                },
                .ul(.forEach(model.tokens) { token in
                    .li(.text(token.name), .span(.class("muted"), .text(token.createdAt.map { " (\(CalendarDate.format($0)))" } ?? "")))
                }),
                .form(
                    .class("stack"), .method(.post), .action(SiteURL.accountTokens.path),
                    CSRFField.node(context),
                    FormFields.text(context.t("Nombre del token", "Token name"), name: "name", required: true,
                                    hint: context.t("Para reconocerlo después, p. ej. «script de publicación».", "To recognise it later, e.g. “publishing script”.")),
                    FormFields.submit(context.t("Crear token", "Create token"))
                )
            ))
        }
    }
}

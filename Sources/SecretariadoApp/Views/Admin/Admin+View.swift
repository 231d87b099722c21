import Plot
import SecretariadoCore

extension AdminPage {
    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(
                title: context.t("Administración", "Administration"), context: context,
                main: .group(
                    .h1(.text(context.t("Administración de la plataforma", "Platform administration"))),
                    .p(.a(.href(SiteURL.adminAudit.path), .text(context.t("Bitácora de toda la plataforma", "Change log of the whole platform")))),
                    .if(
                        model.saved,
                        .p(.class("notice"), .attribute(named: "role", value: "status"), .text(context.t("Cambios guardados.", "Changes saved.")))),
                    .unwrap(model.createdUser) { created in
                        .div(
                            .class("notice"), .attribute(named: "role", value: "status"),
                            .p(
                                .text(context.t("Cuenta creada: ", "Account created: ")),
                                .a(.href(SiteURL.adminUser(.value(created.id)).path), .text(created.email)),
                                .text(
                                    created.password == nil
                                        ? "."
                                        : context.t(". Contraseña generada (se muestra una sola vez):", ". Generated password (shown only once):"))),
                            .unwrap(created.password) { .p(.class("secret"), .text($0)) })
                    },
                    users,
                    .h2(.text(context.t("Crear cuenta", "Create an account"))),
                    createUserForm,
                    .h2(.text(context.t("Crear secretariado", "Create a secretariat"))),
                    createSecretariatForm
                ))
        }

        private var users: Node<HTML.BodyContext> {
            .section(
                .h2(.text(context.t("Cuentas", "Accounts"))),
                .form(
                    .class("filter"), .method(.get), .action(SiteURL.admin.path),
                    .attribute(named: "role", value: "search"),
                    FormFields.text(
                        context.t("Buscar por correo o nombre", "Search by e-mail or name"), name: "q", id: "a-q",
                        type: .search, value: model.query),
                    FormFields.submit(context.t("Buscar", "Search"))
                ),
                .p(.class("muted"), .text(count)),
                .if(
                    !model.users.isEmpty,
                    .table(
                        .thead(
                            .tr(
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Nombre", "Name"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Correo", "E-mail"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Roles", "Roles")))
                            )),
                        .tbody(
                            .forEach(model.users) { row in
                                .tr(
                                    .td(
                                        .a(.href(SiteURL.adminUser(.value(row.id)).path), .text(row.name)),
                                        .if(row.isAdmin, .span(.class("badge ok"), .text(" admin")))),
                                    .td(.text(row.email)),
                                    .td(.text("\(row.roleCount)"))
                                )
                            })
                    )),
                PortalListControls.pager(path: SiteURL.admin.path, page: model.page, parameters: [("q", model.query)], context: context)
            )
        }

        private var count: String {
            let n = model.total
            switch (model.query == nil, n == 1) {
            case (true, true): return context.t("1 cuenta.", "1 account.")
            case (true, false): return context.t("\(n) cuentas.", "\(n) accounts.")
            case (false, true): return context.t("1 cuenta coincide.", "1 account matches.")
            case (false, false): return context.t("\(n) cuentas coinciden.", "\(n) accounts match.")
            }
        }

        private var createUserForm: Node<HTML.BodyContext> {
            .form(
                .class("stack"), .method(.post), .action(SiteURL.adminUsers.path),
                CSRFField.node(context),
                FormFields.text(context.t("Nombre", "Name"), name: "name", id: "u-name", required: true),
                FormFields.text(context.t("Correo electrónico", "E-mail"), name: "email", id: "u-email", type: .email, required: true),
                FormFields.text(
                    context.t("Contraseña", "Password"), name: "password", id: "u-password", type: .password,
                    hint: context.t(
                        "Opcional: si la dejas vacía se genera una y se muestra una sola vez.",
                        "Optional: leave empty to generate one, shown only once."),
                    autocomplete: "new-password"),
                FormFields.submit(context.t("Crear cuenta", "Create account"))
            )
        }

        private var createSecretariatForm: Node<HTML.BodyContext> {
            .form(
                .class("stack"), .method(.post), .action(SiteURL.adminSecretariats.path),
                CSRFField.node(context),
                FormFields.text(
                    context.t("Nombre", "Name"), name: "name", id: "s-name", required: true,
                    hint: context.t("Entidad federativa o municipio, p. ej. «Yucatán».", "State or municipality, e.g. “Yucatán”.")),
                FormFields.text(
                    context.t("Identificador (opcional)", "Identifier (optional)"), name: "slug", id: "s-slug",
                    hint: context.t(
                        "Se genera del nombre: minúsculas sin acentos y guiones.", "Generated from the name: lowercase ASCII and hyphens.")),
                FormFields.select(
                    context.t("Ámbito", "Level"), name: "level", id: "s-level",
                    options: SecretariatLevel.allCases.map { ($0.rawValue, context.t($0.label)) }),
                FormFields.text(context.t("Entidad federativa", "State"), name: "state", id: "s-state"),
                FormFields.select(
                    context.t("Regla de decisión", "Decision rule"), name: "ruleKind", id: "s-rule",
                    options: DecisionRule.Kind.allCases.map { ($0.rawValue, context.t(DecisionRule(kind: $0).summary)) },
                    selected: DecisionRule.Kind.consensusThenMajority.rawValue),
                FormFields.submit(context.t("Crear secretariado", "Create secretariat"))
            )
        }
    }
}

import Plot
import SecretariadoCore

extension AdminPage {
    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(title: context.t("Administración", "Administration"), context: context, main: .group(
                .h1(.text(context.t("Administración de la plataforma", "Platform administration"))),
                .p(.a(.href(SiteURL.adminAudit.path), .text(context.t("Bitácora de toda la plataforma", "Change log of the whole platform")))),
                .if(model.saved, .p(.class("notice"), .attribute(named: "role", value: "status"), .text(context.t("Cambios guardados.", "Changes saved.")))),
                .unwrap(model.createdUser.map { ($0.email, $0.password) }) { created in
                    .div(.class("notice"), .attribute(named: "role", value: "status"),
                         .p(.text(context.t("Cuenta creada: \(created.0). Contraseña generada (se muestra una sola vez):", "Account created: \(created.0). Generated password (shown only once):"))),
                         .p(.class("secret"), .text(created.1)))
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
                .table(
                    .thead(.tr(
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Cuenta", "Account"))),
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Roles", "Roles"))),
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Otorgar rol", "Grant a role")))
                    )),
                    .tbody(.forEach(model.users) { row in
                        .tr(
                            .td(.text("\(row.user.name) <\(row.user.email)>"), .if(row.user.isAdmin, .span(.class("badge ok"), .text(context.t(" admin", " admin"))))),
                            .td(.ul(.forEach(row.grants) { grant, stlName in
                                .li(.text("\(context.t(grant.role.label)) — \(stlName)" + (grant.sector.map { " (\($0)\(grant.holderRole.map { ", \($0.rawValue)" } ?? ""))" } ?? "")))
                            })),
                            .td(grantForm(for: row.user))
                        )
                    })
                )
            )
        }

        private func grantForm(for user: User) -> Node<HTML.BodyContext> {
            let id = user.id!.uuidString
            return .details(
                .summary(.text(context.t("Otorgar rol", "Grant a role"))),
                .form(
                    .class("stack"), .method(.post), .action(SiteURL.adminUserGrants(.value(user.id!)).path),
                    CSRFField.node(context),
                    FormFields.select(context.t("Secretariado", "Secretariat"), name: "secretariat", id: "g-stl-\(id)",
                                      options: model.secretariats.map { ($0.slug, $0.name) }, required: true),
                    FormFields.select(context.t("Rol", "Role"), name: "role", id: "g-role-\(id)",
                                      options: StlRole.allCases.map { ($0.rawValue, context.t($0.label)) }, required: true),
                    FormFields.select(context.t("Sector (representantes)", "Sector (representatives)"), name: "sector", id: "g-sector-\(id)",
                                      options: [("", "—")] + Sector.guideSectors.map { ($0.code.rawValue, context.t($0.name)) }),
                    FormFields.text(context.t("Número de asiento (representantes)", "Seat number (representatives)"), name: "seatNumber", id: "g-seat-\(id)", type: .number),
                    FormFields.select(context.t("Calidad (representantes)", "Role in seat (representatives)"), name: "holderRole", id: "g-holder-\(id)",
                                      options: [("", "—")] + HolderRole.allCases.map { ($0.rawValue, context.t($0.label)) }),
                    FormFields.submit(context.t("Otorgar", "Grant"))
                )
            )
        }

        private var createUserForm: Node<HTML.BodyContext> {
            .form(
                .class("stack"), .method(.post), .action(SiteURL.adminUsers.path),
                CSRFField.node(context),
                FormFields.text(context.t("Nombre", "Name"), name: "name", id: "u-name", required: true),
                FormFields.text(context.t("Correo electrónico", "E-mail"), name: "email", id: "u-email", type: .email, required: true),
                FormFields.text(context.t("Contraseña", "Password"), name: "password", id: "u-password", type: .password,
                                hint: context.t("Opcional: si la dejas vacía se genera una y se muestra una sola vez.", "Optional: leave empty to generate one, shown only once."),
                                autocomplete: "new-password"),
                FormFields.submit(context.t("Crear cuenta", "Create account"))
            )
        }

        private var createSecretariatForm: Node<HTML.BodyContext> {
            .form(
                .class("stack"), .method(.post), .action(SiteURL.adminSecretariats.path),
                CSRFField.node(context),
                FormFields.text(context.t("Nombre", "Name"), name: "name", id: "s-name", required: true,
                                hint: context.t("Entidad federativa o municipio, p. ej. «Yucatán».", "State or municipality, e.g. “Yucatán”.")),
                FormFields.text(context.t("Identificador (opcional)", "Identifier (optional)"), name: "slug", id: "s-slug",
                                hint: context.t("Se genera del nombre: minúsculas sin acentos y guiones.", "Generated from the name: lowercase ASCII and hyphens.")),
                FormFields.select(context.t("Ámbito", "Level"), name: "level", id: "s-level",
                                  options: SecretariatLevel.allCases.map { ($0.rawValue, context.t($0.label)) }),
                FormFields.text(context.t("Entidad federativa", "State"), name: "state", id: "s-state"),
                FormFields.select(context.t("Regla de decisión", "Decision rule"), name: "ruleKind", id: "s-rule",
                                  options: DecisionRule.Kind.allCases.map { ($0.rawValue, context.t(DecisionRule(kind: $0).summary)) },
                                  selected: DecisionRule.Kind.consensusThenMajority.rawValue),
                FormFields.submit(context.t("Crear secretariado", "Create secretariat"))
            )
        }
    }
}

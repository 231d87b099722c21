import Foundation
import Plot
import SecretariadoCore

/// `/admin/usuarios/:id`: one account, its roles (each with a revoke button) and the form to
/// grant another.
enum AdminUserPage {
    struct Model {
        struct GrantRow {
            let id: UUID
            let line: AccountPage.RoleLine
        }

        let id: UUID
        let name: String
        let email: String
        let isAdmin: Bool
        let grants: [GrantRow]
        /// Roles over every STL, each revocable like the others.
        let nationalGrants: [(id: UUID, role: Localized)]
        let secretariats: [(slug: String, name: String)]
        let saved: Bool
        let revoked: Bool
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(
                title: model.name, context: context,
                main: .group(
                    .p(.a(.href(SiteURL.admin.path), .text(context.t("« Cuentas", "« Accounts")))),
                    .h1(.text(model.name), .if(model.isAdmin, .span(.class("badge ok"), .text(" admin")))),
                    .p(.text(model.email)),
                    .if(
                        model.saved,
                        .p(.class("notice"), .attribute(named: "role", value: "status"), .text(context.t("Rol otorgado.", "Role granted.")))),
                    .if(
                        model.revoked,
                        .p(.class("notice"), .attribute(named: "role", value: "status"), .text(context.t("Rol retirado.", "Role revoked.")))),
                    .h2(.text(context.t("Roles", "Roles"))),
                    model.grants.isEmpty && model.nationalGrants.isEmpty
                        ? .p(.class("muted"), .text(context.t("Sin roles asignados.", "No roles assigned.")))
                        : grants,
                    .h2(.text(context.t("Otorgar rol", "Grant a role"))),
                    grantForm
                ))
        }

        private var grants: Node<HTML.BodyContext> {
            .table(
                .thead(
                    .tr(
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Secretariado", "Secretariat"))),
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Rol", "Role"))),
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Retirar", "Revoke")))
                    )),
                .tbody(
                    .forEach(model.nationalGrants) { row in
                        .tr(
                            .td(.text(context.t("Todos (sólo lectura)", "All (read only)"))),
                            .td(.text(context.t(row.role))),
                            .td(
                                .form(
                                    .method(.post), .action(SiteURL.adminUserGrantRevoke(.value(model.id), .value(row.id)).path),
                                    CSRFField.node(context),
                                    .button(
                                        .type(.submit),
                                        .attribute(named: "aria-label", value: context.t("Retirar \(row.role.es)", "Revoke \(row.role.en)")),
                                        .text(context.t("Retirar", "Revoke")))
                                ))
                        )
                    },
                    .forEach(model.grants) { row in
                        .tr(
                            .td(.a(.href(SiteURL.secretariat(.value(row.line.stlSlug)).path), .text(row.line.stlName))),
                            .td(.text(row.line.text(context))),
                            .td(
                                .form(
                                    .method(.post), .action(SiteURL.adminUserGrantRevoke(.value(model.id), .value(row.id)).path),
                                    CSRFField.node(context),
                                    .button(
                                        .type(.submit),
                                        .attribute(
                                            named: "aria-label",
                                            value: context.t("Retirar el rol en \(row.line.stlName)", "Revoke the role in \(row.line.stlName)")),
                                        .text(context.t("Retirar", "Revoke")))
                                ))
                        )
                    })
            )
        }

        private var grantForm: Node<HTML.BodyContext> {
            .form(
                .class("stack"), .method(.post), .action(SiteURL.adminUserGrants(.value(model.id)).path),
                CSRFField.node(context),
                FormFields.select(
                    context.t("Secretariado", "Secretariat"), name: "secretariat", id: "g-stl",
                    options: model.secretariats.map { ($0.slug, $0.name) }
                        + [("", context.t("— Ninguno (coordinación nacional)", "— None (national coordination)"))]),
                FormFields.select(
                    context.t("Rol", "Role"), name: "role", id: "g-role",
                    options: StlRole.allCases.map { ($0.rawValue, context.t($0.label)) }
                        + NationalRole.allCases.map { ($0.rawValue, context.t($0.label)) }, required: true),
                FormFields.select(
                    context.t("Sector (representantes)", "Sector (representatives)"), name: "sector", id: "g-sector",
                    options: [("", "—")] + Sector.guideSectors.map { ($0.code.rawValue, context.t($0.name)) }),
                FormFields.text(
                    context.t("Número de asiento (representantes)", "Seat number (representatives)"), name: "seatNumber", id: "g-seat", type: .number),
                FormFields.select(
                    context.t("Calidad (representantes)", "Role in seat (representatives)"), name: "holderRole", id: "g-holder",
                    options: [("", "—")] + HolderRole.allCases.map { ($0.rawValue, context.t($0.label)) }),
                FormFields.submit(context.t("Otorgar", "Grant"))
            )
        }
    }
}

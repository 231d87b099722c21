import Plot
import SecretariadoCore

/// «Mi cuenta»: who you are (name, e-mail, roles with their STL, sector and seat) and links
/// to the security pages (password, API tokens).
enum AccountPage {
    struct Model {
        let name: String
        let email: String
        let isAdmin: Bool
        let roles: [RoleLine]
        /// Seats whose term ended or that wait for their appointment: no rights today.
        let withoutRights: [RoleLine]
        /// Roles over every STL («Coordinación nacional»).
        let nationalRoles: [Localized]
        let tokenCount: Int
        /// The password was just changed (other sessions and tokens ended).
        let passwordChanged: Bool
    }

    /// One role, in plain values: «Representante (titular) — Sociedad civil, asiento 1 — Querétaro».
    struct RoleLine {
        let role: Localized
        let stlName: String
        let stlSlug: String
        let sector: Localized?
        let seatNumber: Int?
        let holderRole: Localized?
        /// Why this seat gives no rights today (its term ended, or it waits for its holder).
        var withoutRights: Localized? = nil

        func text(_ context: PageContext) -> String {
            var parts = [context.t(role) + (holderRole.map { " (\(context.t($0).lowercased()))" } ?? "")]
            if let sector {
                parts.append(context.t(sector) + (seatNumber.map { context.t(", asiento \($0)", ", seat \($0)") } ?? ""))
            }
            return parts.joined(separator: " — ")
        }
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(
                title: context.t("Mi cuenta", "My account"), context: context,
                main: .group(
                    .h1(.text(context.t("Mi cuenta", "My account"))),
                    .if(
                        model.passwordChanged,
                        .p(
                            .class("notice"), .attribute(named: "role", value: "status"),
                            .text(
                                context.t(
                                    "Contraseña cambiada. Se cerraron tus otras sesiones y se revocaron tus tokens de la API.",
                                    "Password changed. Your other sessions were ended and your API tokens revoked.")))),
                    .dl(
                        .dt(.text(context.t("Nombre", "Name"))), .dd(.text(model.name)),
                        .dt(.text(context.t("Correo electrónico", "E-mail"))), .dd(.text(model.email))
                    ),
                    .h2(.text(context.t("Mis roles", "My roles"))),
                    .if(model.isAdmin, .p(.text(context.t("Administración de la plataforma.", "Platform administration.")))),
                    .forEach(model.nationalRoles) { role in
                        .p(
                            .class("national-role"), .text(context.t(role)),
                            .span(
                                .class("muted"),
                                .text(
                                    context.t(
                                        " — todos los secretariados, sólo lectura", " — every secretariat, read only"))))
                    },
                    .if(
                        model.roles.isEmpty && model.nationalRoles.isEmpty && !model.isAdmin,
                        .p(.class("muted"), .text(context.t("Sin roles asignados.", "No roles assigned.")))),
                    .ul(
                        .forEach(model.roles) { line in
                            .li(.text(line.text(context) + " — "), .a(.href(SiteURL.secretariat(.value(line.stlSlug)).path), .text(line.stlName)))
                        }),
                    .if(
                        !model.withoutRights.isEmpty,
                        .group(
                            .h3(.text(context.t("Asientos sin derechos vigentes", "Seats without current rights"))),
                            .ul(
                                .forEach(model.withoutRights) { line in
                                    .li(
                                        .text(line.text(context) + " — "),
                                        .a(.href(SiteURL.secretariat(.value(line.stlSlug)).path), .text(line.stlName)),
                                        .span(.class("muted"), .text(line.withoutRights.map { " (\(context.t($0)))" } ?? "")))
                                })
                        )),
                    .h2(.text(context.t("Seguridad", "Security"))),
                    .ul(
                        .li(.a(.href(SiteURL.accountPassword.path), .text(context.t("Cambiar contraseña", "Change password")))),
                        .li(
                            .a(.href(SiteURL.accountTokens.path), .text(context.t("Tokens de la API", "API tokens"))),
                            .span(.class("muted"), .text(" (\(model.tokenCount))")))
                    ),
                    .h2(.text(context.t("Avisos", "Notices"))),
                    .ul(
                        .li(.a(.href(SiteURL.notices.path), .text(context.t("Mis avisos", "My notices")))),
                        .li(.a(.href(SiteURL.noticePreferences.path), .text(context.t("Avisos por correo e idioma", "E-mail notices and language"))))
                    )
                ))
        }
    }
}

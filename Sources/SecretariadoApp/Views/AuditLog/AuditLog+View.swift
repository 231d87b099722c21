import Foundation
import Plot
import SecretariadoCore

enum AuditLogPage {
    struct Model {
        let secretariatName: String
        let slug: String
        let entries: [AuditEntryView]
        /// Contact data and e-mails were taken out (the reader is not an editor of the STL).
        let redacted: Bool
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(
                title: context.t("Bitácora", "Change log"), context: context,
                main: .group(
                    StlMenu.nav(model.slug, current: nil, context: context),
                    .h1(.text(context.t("Bitácora de cambios: \(model.secretariatName)", "Change log: \(model.secretariatName)"))),
                    .p(
                        .text(
                            context.t(
                                "Registro de solo anexión: cada cambio con quién, cuándo, qué, antes y después.",
                                "Append-only record: every change with who, when, what, before and after."))),
                    .if(
                        model.redacted,
                        .p(
                            .class("muted"),
                            .text(
                                context.t(
                                    "Los datos de contacto y los correos aparecen como [reservado]: sólo quienes editan este secretariado los ven.",
                                    "Contact data and e-mails appear as [reservado]: only those who edit this secretariat see them.")))),
                    .table(
                        .thead(
                            .tr(
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Fecha (UTC)", "Date (UTC)"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Quién", "Who"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Qué", "What"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Detalle", "Detail")))
                            )),
                        .tbody(
                            .forEach(model.entries) { entry in
                                .tr(
                                    .td(.text(ISO8601DateFormatter().string(from: entry.at))),
                                    .td(.text(entry.actor)),
                                    .td(.text(entry.summary)),
                                    .td(
                                        .details(
                                            .summary(.text(context.t("antes / después", "before / after"))),
                                            .p(.class("secret"), .text(entry.before ?? "—")),
                                            .p(.class("secret"), .text(entry.after ?? "—"))
                                        ))
                                )
                            })
                    )
                ))
        }
    }
}

import Foundation
import Plot
import SecretariadoCore

/// `/admin/auditoria`: the whole platform's log, including changes that belong to no STL
/// (accounts, tokens), for administrators and national coordination (redacted for the latter).
extension AuditLogPage {
    static func platform(entries: [AuditEntryView], names: [UUID: String], context: PageContext) -> HTML {
        Layout.page(
            title: context.t("Bitácora de la plataforma", "Platform change log"), context: context,
            main: .group(
                .h1(.text(context.t("Bitácora de la plataforma", "Platform change log"))),
                .p(
                    .text(
                        context.t(
                            "Los 500 cambios más recientes de todos los secretariados y de las cuentas.",
                            "The 500 most recent changes across all secretariats and accounts."))),
                .table(
                    .thead(
                        .tr(
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("Fecha (UTC)", "Date (UTC)"))),
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("Quién", "Who"))),
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("Secretariado", "Secretariat"))),
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("Qué", "What")))
                        )),
                    .tbody(
                        .forEach(entries) { entry in
                            .tr(
                                .td(.text(ISO8601DateFormatter().string(from: entry.at))),
                                .td(.text(entry.actor)),
                                .td(.text(entry.secretariatID.flatMap { names[$0] } ?? context.t("Plataforma", "Platform"))),
                                .td(.text(entry.summary))
                            )
                        })
                )
            ))
    }
}

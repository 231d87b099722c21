import Foundation
import Plot
import SecretariadoCore

/// `/stl/{slug}/seguimiento` and `/seguimiento`: the follow-up dashboard of one STL or of
/// the country — commitments by completion level, agreements by quarter and status,
/// spending by quarter, outreach — each chart with its numbers in a table beside it.
enum DashboardPage {
    struct Model {
        /// `nil` on the national dashboard.
        let stl: Secretariat?
        let dashboard: FollowUpDashboard
        /// The national table's page: 100 STLs at a time.
        var page: PortalPage? = nil
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            let d = model.dashboard
            let name = model.stl.map { context.t("STL de \($0.name)", "STL of \($0.name)") } ?? context.t("Todos los STL", "All STLs")
            return Layout.page(
                title: context.t("Seguimiento", "Follow-up") + " · " + name, context: context,
                main: .group(
                    .unwrap(model.stl) { stl in FollowUpChrome.nav(stl.slug, current: .dashboard, context: context) },
                    .h1(.text(context.t("Tablero de seguimiento — ", "Follow-up dashboard — ") + name)),
                    .p(
                        .text(
                            model.stl == nil
                                ? context.t(
                                    "Avance de los planes de acción, acuerdos y recursos de todos los Secretariados Técnicos Locales.",
                                    "Progress of the action plans, agreements and resources of every Local Technical Secretariat.")
                                : context.t(
                                    "Avance del Plan de Acción Local, de los acuerdos y del gasto de este STL.",
                                    "Progress of this STL's Local Action Plan, agreements and spending."))),
                    figures(d),
                    .section(
                        .h2(.text(context.t("Compromisos por nivel de cumplimiento", "Commitments by completion level"))),
                        .p(
                            .class("hint"),
                            .text(
                                context.t(
                                    "Escala del Mecanismo de Revisión Independiente (AGA). Un ajuste del STL, cuando existe, cuenta en lugar del nivel según los hitos.",
                                    "The Independent Reporting Mechanism's scale (OGP). An STL adjustment, where there is one, counts instead of the milestones' level."
                                ))),
                        .div(
                            .class("chart-with-table"), FollowUpCharts.completion(d.completion, context: context),
                            FollowUpTables.completion(d.completion, context: context))
                    ),
                    .section(
                        .h2(.text(context.t("Acuerdos por trimestre y estado", "Agreements by quarter and status"))),
                        d.timeline.total == 0
                            ? .p(.class("muted"), .text(context.t("Sin acuerdos registrados.", "No agreements recorded.")))
                            : .div(
                                .class("chart-with-table"), FollowUpCharts.agreements(d.timeline, context: context),
                                FollowUpTables.agreements(d.timeline, context: context))
                    ),
                    .section(
                        .h2(.text(context.t("Gasto por trimestre", "Spending by quarter"))),
                        d.spending.byPeriod.isEmpty
                            ? .p(.class("muted"), .text(context.t("Sin gastos registrados.", "No spending recorded.")))
                            : .div(
                                .class("chart-with-table"), FollowUpCharts.spending(d.spending, context: context),
                                FollowUpTables.money(
                                    d.spending.byPeriod.map { (PeriodLabel.text($0.key, language: context.language), $0.total) },
                                    header: context.t("Trimestre", "Quarter"), total: d.spending.total, context: context))
                    ),
                    outreach(d),
                    .if(model.stl == nil, secretariats(d)),
                    downloads
                ))
        }

        private func figures(_ d: FollowUpDashboard) -> Node<HTML.BodyContext> {
            let figures: [(String, String)] = [
                (MexicanFormat.integer(d.plans), context.t("planes de acción", "action plans")),
                (MexicanFormat.integer(d.completion.total), context.t("compromisos", "commitments")),
                (
                    context.t(
                        "\(MexicanFormat.integer(d.milestonesVerified)) de \(MexicanFormat.integer(d.milestones))",
                        "\(MexicanFormat.integer(d.milestonesVerified)) of \(MexicanFormat.integer(d.milestones))"),
                    context.t("hitos cumplidos con evidencia", "milestones done with evidence")
                ),
                (MexicanFormat.integer(d.timeline.total), context.t("acuerdos", "agreements")),
                (MexicanFormat.integer(d.timeline.total(.vencido)), context.t("acuerdos vencidos", "overdue agreements")),
                (d.spending.total.formatted(language: context.language), context.t("ejercidos", "spent")),
                (MexicanFormat.integer(d.outreachCount), context.t("actividades de difusión", "outreach activities")),
            ]
            return .ul(
                .class("figures"),
                .forEach(figures) { value, label in
                    .li(.strong(.text(value)), .text(" " + label))
                })
        }

        private func outreach(_ d: FollowUpDashboard) -> Node<HTML.BodyContext> {
            .section(
                .h2(.text(context.t("Sensibilización y difusión", "Awareness and dissemination"))),
                .p(
                    .text(
                        context.t(
                            "\(MexicanFormat.integer(d.outreachCount)) actividades con \(MexicanFormat.integer(d.outreachAttendees)) asistentes.",
                            "\(MexicanFormat.integer(d.outreachCount)) activities with \(MexicanFormat.integer(d.outreachAttendees)) attendees."))),
                .if(
                    !d.outreachByKind.isEmpty,
                    .ul(
                        .forEach(d.outreachByKind) { kind, count in
                            .li(.text("\(context.t(kind.label)): \(MexicanFormat.integer(count))"))
                        }))
            )
        }

        private func secretariats(_ d: FollowUpDashboard) -> Node<HTML.BodyContext> {
            .section(
                .h2(.text(context.t("Por secretariado", "By secretariat"))),
                .table(
                    .class("data"),
                    .thead(
                        .tr(
                            FollowUpChrome.th(context.t("STL", "STL")),
                            .th(.attribute(named: "scope", value: "col"), .class("num"), .text(context.t("Compromisos", "Commitments"))),
                            .th(
                                .attribute(named: "scope", value: "col"), .class("num"),
                                .text(context.t("Sustanciales o completos", "Substantial or complete"))),
                            .th(.attribute(named: "scope", value: "col"), .class("num"), .text(context.t("Acuerdos", "Agreements"))),
                            .th(.attribute(named: "scope", value: "col"), .class("num"), .text(context.t("Vencidos", "Overdue"))),
                            .th(.attribute(named: "scope", value: "col"), .class("num"), .text(context.t("Gasto", "Spending"))),
                            .th(.attribute(named: "scope", value: "col"), .class("num"), .text(context.t("Difusión", "Outreach")))
                        )),
                    .tbody(
                        .forEach(model.page.map { Array($0.slice(d.lines)) } ?? d.lines) { line in
                            .tr(
                                .th(.attribute(named: "scope", value: "row"), .a(.href(SiteURL.followUp(.value(line.slug)).path), .text(line.name))),
                                .td(.class("num"), .text(MexicanFormat.integer(line.commitments))),
                                .td(.class("num"), .text(MexicanFormat.integer(line.advanced))),
                                .td(.class("num"), .text(MexicanFormat.integer(line.agreements))),
                                .td(.class("num"), .text(MexicanFormat.integer(line.overdue))),
                                .td(.class("num"), .text(line.spending.formatted(language: context.language))),
                                .td(.class("num"), .text(MexicanFormat.integer(line.outreach)))
                            )
                        })
                ),
                .unwrap(model.page) { page in
                    PortalListControls.pager(path: SiteURL.nationalFollowUp.path, page: page, parameters: [], context: context)
                }
            )
        }

        private var downloads: Node<HTML.BodyContext> {
            let links: [(String, String)]
            if let stl = model.stl {
                let slug = Parameter<String>.value(stl.slug)
                links = [
                    (context.t("Resumen (JSON)", "Summary (JSON)"), APIURL.followUp(slug).path),
                    (context.t("Acuerdos (CSV)", "Agreements (CSV)"), APIURL.agreementsCSV(slug).path),
                    (context.t("Compromisos (CSV)", "Commitments (CSV)"), APIURL.commitmentsCSV(slug).path),
                    (context.t("Hitos (CSV)", "Milestones (CSV)"), APIURL.milestonesCSV(slug).path),
                    (context.t("Gastos (CSV)", "Expenses (CSV)"), APIURL.expensesCSV(slug).path),
                    (context.t("Difusión (CSV)", "Outreach (CSV)"), APIURL.outreachCSV(slug).path),
                ]
            } else {
                links = [
                    (context.t("Resumen (JSON)", "Summary (JSON)"), APIURL.nationalFollowUp.path),
                    (context.t("Acuerdos (CSV)", "Agreements (CSV)"), OpenDataURL.agreementsCSV.path),
                    (context.t("Compromisos (CSV)", "Commitments (CSV)"), APIURL.nationalCommitmentsCSV.path),
                    (context.t("Hitos (CSV)", "Milestones (CSV)"), APIURL.nationalMilestonesCSV.path),
                    (context.t("Gastos (CSV)", "Expenses (CSV)"), APIURL.nationalExpensesCSV.path),
                    (context.t("Difusión (CSV)", "Outreach (CSV)"), APIURL.nationalOutreachCSV.path),
                ]
            }
            return .section(.h2(.text(context.t("Descargas", "Downloads"))), FollowUpChrome.downloads(links, context: context))
        }
    }
}

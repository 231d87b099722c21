import Foundation
import Plot
import SecretariadoCore

/// `/stl/{slug}/finanzas`: the resources the STL spent (facilitator function 6), with exact
/// totals per period and per concept, and the form to record an expense.
enum FinancesPage {
    struct Model {
        let stl: Secretariat
        let expenses: [ExpenseRecord]
        let totals: SpendingTotals
        let period: SpendingTotals.Period
        let canEdit: Bool
        let saved: Bool
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            let slug = model.stl.slug
            return Layout.page(title: context.t("Finanzas", "Finances") + " · \(model.stl.name)", context: context, main: .group(
                FollowUpChrome.nav(slug, current: .finances, context: context),
                .h1(.text(context.t("Recursos ejercidos — STL de \(model.stl.name)", "Resources spent — STL of \(model.stl.name)"))),
                FollowUpChrome.saved(model.saved, context: context),
                .p(.text(context.t(
                    "Relación de los recursos financieros ejercidos por el STL para el desempeño de sus tareas (función 6 del facilitador). Montos en pesos mexicanos, exactos al centavo.",
                    "Record of the financial resources the STL spent on its work (facilitator function 6). Amounts in Mexican pesos, exact to the centavo."))),
                FollowUpChrome.downloads([
                    ("CSV", APIURL.expensesCSV(.value(slug)).path),
                    ("JSON", APIURL.expenses(.value(slug)).path + "?period=\(model.period.rawValue)"),
                ], context: context),
                .p(.class("total"), .text(context.t("Total ejercido: ", "Total spent: ")), .strong(.text(model.totals.total.formatted(language: context.language, includeCode: true)))),
                periodForm,
                totals,
                expenses,
                .if(model.canEdit, form)
            ))
        }

        private var periodForm: Node<HTML.BodyContext> {
            .form(
                .class("filters"), .method(.get), .action(SiteURL.finances(.value(model.stl.slug)).path),
                FormFields.select(context.t("Totales por", "Totals by"), name: "period",
                                  options: SpendingTotals.Period.allCases.map { ($0.rawValue, FollowUpText.period($0, context)) },
                                  selected: model.period.rawValue),
                .div(.button(.type(.submit), .class("secondary"), .text(context.t("Ver", "Show"))))
            )
        }

        private var totals: Node<HTML.BodyContext> {
            .div(
                .class("cards"),
                .section(.class("card"),
                    .h2(.text(context.t("Por periodo", "By period"))),
                    FollowUpCharts.spending(model.totals, context: context),
                    FollowUpTables.money(model.totals.byPeriod.map { (PeriodLabel.text($0.key, language: context.language), $0.total) },
                                         header: FollowUpText.period(model.period, context), total: model.totals.total, context: context)),
                .section(.class("card"),
                    .h2(.text(context.t("Por concepto", "By concept"))),
                    FollowUpTables.money(model.totals.byConcept.map { ($0.key, $0.total) },
                                         header: context.t("Concepto", "Concept"), total: model.totals.total, context: context))
            )
        }

        private var expenses: Node<HTML.BodyContext> {
            .section(
                .h2(.text(context.t("Registro de gastos", "Expense record"))),
                model.expenses.isEmpty
                    ? .p(.class("muted"), .text(context.t("Sin gastos registrados.", "No expenses recorded.")))
                    : .table(
                        .thead(.tr(
                            FollowUpChrome.th(context.t("Fecha", "Date")),
                            FollowUpChrome.th(context.t("Concepto", "Concept")),
                            FollowUpChrome.th(context.t("Fuente", "Source")),
                            FollowUpChrome.th(context.t("Comprobante", "Receipt")),
                            .th(.attribute(named: "scope", value: "col"), .class("num"), .text(context.t("Monto", "Amount")))
                        )),
                        .tbody(.forEach(model.expenses) { expense in
                            .tr(
                                .td(.text(FollowUpChrome.date(expense.spentOn, context))),
                                .td(.text(expense.concept)),
                                .td(.text(expense.source)),
                                .td(.unwrap(expense.receiptURL, { url in
                                    .a(.href(url), .attribute(named: "rel", value: "nofollow noopener"), .text(context.t("ver", "view")))
                                }, else: .text("—"))),
                                .td(.class("num"), .text(expense.amount.formatted(language: context.language)))
                            )
                        })
                    )
            )
        }

        private var form: Node<HTML.BodyContext> {
            .section(
                .h2(.text(context.t("Registrar un gasto", "Record an expense"))),
                SessionForms.post(
                    SiteURL.finances(.value(model.stl.slug)).path, context: context, button: context.t("Registrar gasto", "Record expense"),
                    FormFields.text(context.t("Fecha", "Date"), name: "spentOn", type: .date, required: true, hint: context.t("AAAA-MM-DD", "YYYY-MM-DD")),
                    FormFields.text(context.t("Concepto", "Concept"), name: "concept", required: true,
                                    hint: context.t("Por ejemplo: Logística de sesiones, Materiales de difusión", "For example: Session logistics, Outreach materials")),
                    FormFields.text(context.t("Monto (MXN)", "Amount (MXN)"), name: "amount", required: true,
                                    hint: context.t("Con punto decimal: 1,234.50", "With a decimal point: 1,234.50")),
                    FormFields.text(context.t("Fuente de los recursos", "Source of funds"), name: "source", required: true),
                    FormFields.text(context.t("Comprobante (enlace)", "Receipt (link)"), name: "receiptUrl", type: .url)
                )
            )
        }
    }
}

/// Labels shared by the follow-up pages.
enum FollowUpText {
    static func period(_ period: SpendingTotals.Period, _ context: PageContext) -> String {
        switch period {
        case .month: context.t("Mes", "Month")
        case .quarter: context.t("Trimestre", "Quarter")
        case .year: context.t("Año", "Year")
        }
    }
}

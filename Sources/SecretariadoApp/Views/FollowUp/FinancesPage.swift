import Foundation
import Plot
import SecretariadoCore

/// `/stl/{slug}/finanzas`: the resources the STL spent (facilitator function 6), with exact
/// totals per period and per concept, and the form to record an expense.
enum FinancesPage {
    struct Model {
        let stl: Secretariat
        let expenses: [ExpenseRecord]
        /// Nil when old records do not add up in Int64 centavos (see `ExpenseLimits`).
        let totals: SpendingTotals?
        let period: SpendingTotals.Period
        let canEdit: Bool
        let saved: Bool
        /// Each expense's receipts (files), in the order of `expenses`.
        var receipts: [AttachmentsSection.Model] = []
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            let slug = model.stl.slug
            return Layout.page(
                title: context.t("Finanzas", "Finances") + " · \(model.stl.name)", context: context,
                main: .group(
                    FollowUpChrome.nav(slug, current: .finances, context: context),
                    .h1(.text(context.t("Recursos ejercidos — STL de \(model.stl.name)", "Resources spent — STL of \(model.stl.name)"))),
                    FollowUpChrome.saved(model.saved, context: context),
                    .p(
                        .text(
                            context.t(
                                "Relación de los recursos financieros ejercidos por el STL para el desempeño de sus tareas (función 6 del facilitador). Montos en pesos mexicanos, exactos al centavo.",
                                "Record of the financial resources the STL spent on its work (facilitator function 6). Amounts in Mexican pesos, exact to the centavo."
                            ))),
                    FollowUpChrome.downloads(
                        [
                            ("CSV", APIURL.expensesCSV(.value(slug)).path),
                            ("JSON", APIURL.expenses(.value(slug)).path + "?period=\(model.period.rawValue)"),
                        ], context: context),
                    .unwrap(
                        model.totals,
                        { totals in
                            .p(
                                .class("total"), .text(context.t("Total ejercido: ", "Total spent: ")),
                                .strong(.text(totals.total.formatted(language: context.language, includeCode: true))))
                        },
                        else: .p(
                            .class("error"),
                            .text(
                                context.t(
                                    "Los montos registrados exceden el total que se puede calcular; corrija o anule los registros erróneos.",
                                    "The recorded amounts exceed the total that can be computed; correct or annul the wrong entries.")))),
                    periodForm,
                    .unwrap(model.totals) { totalsCards($0) },
                    expenses,
                    AttachmentsList.node(context.t("Comprobantes (archivos)", "Receipts (files)"), model.receipts, context: context),
                    .if(model.canEdit, form)
                ))
        }

        private var periodForm: Node<HTML.BodyContext> {
            .form(
                .class("filters"), .method(.get), .action(SiteURL.finances(.value(model.stl.slug)).path),
                FormFields.select(
                    context.t("Totales por", "Totals by"), name: "period",
                    options: SpendingTotals.Period.allCases.map { ($0.rawValue, FollowUpText.period($0, context)) },
                    selected: model.period.rawValue),
                .div(.button(.type(.submit), .class("secondary"), .text(context.t("Ver", "Show"))))
            )
        }

        private func totalsCards(_ totals: SpendingTotals) -> Node<HTML.BodyContext> {
            .div(
                .class("cards"),
                .section(
                    .class("card"),
                    .h2(.text(context.t("Por periodo", "By period"))),
                    FollowUpCharts.spending(totals, context: context),
                    FollowUpTables.money(
                        totals.byPeriod.map { (PeriodLabel.text($0.key, language: context.language), $0.total) },
                        header: FollowUpText.period(model.period, context), total: totals.total, context: context)),
                .section(
                    .class("card"),
                    .h2(.text(context.t("Por concepto", "By concept"))),
                    FollowUpTables.money(
                        totals.byConcept.map { ($0.key, $0.total) },
                        header: context.t("Concepto", "Concept"), total: totals.total, context: context))
            )
        }

        private var expenses: Node<HTML.BodyContext> {
            .section(
                .h2(.text(context.t("Registro de gastos", "Expense record"))),
                model.expenses.isEmpty
                    ? .p(.class("muted"), .text(context.t("Sin gastos registrados.", "No expenses recorded.")))
                    : .table(
                        .thead(
                            .tr(
                                FollowUpChrome.th(context.t("Fecha", "Date")),
                                FollowUpChrome.th(context.t("Concepto", "Concept")),
                                FollowUpChrome.th(context.t("Fuente", "Source")),
                                FollowUpChrome.th(context.t("Comprobante", "Receipt")),
                                .th(.attribute(named: "scope", value: "col"), .class("num"), .text(context.t("Monto", "Amount"))),
                                .if(model.canEdit, FollowUpChrome.th(context.t("Corregir o anular", "Correct or annul")))
                            )),
                        .tbody(
                            .forEach(model.expenses) { expense in
                                .tr(
                                    .if(expense.isAnnulled, .class("annulled")),
                                    .td(.text(FollowUpChrome.date(expense.spentOn, context))),
                                    .td(
                                        .text(expense.concept),
                                        .unwrap(expense.annulReason) { reason in
                                            .p(
                                                .class("muted"), .strong(.text(context.t("Anulado", "Annulled"))),
                                                .text(
                                                    context.t(" — no cuenta en los totales. Motivo: ", " — not counted in the totals. Reason: ")
                                                        + reason))
                                        }),
                                    .td(.text(expense.source)),
                                    .td(
                                        .unwrap(
                                            expense.receiptURL,
                                            { url in
                                                .a(.href(url), .attribute(named: "rel", value: "nofollow noopener"), .text(context.t("ver", "view")))
                                            }, else: .text("—"))),
                                    .td(
                                        .class("num"),
                                        expense.isAnnulled
                                            ? .element(named: "s", text: expense.amount.formatted(language: context.language))
                                            : .text(expense.amount.formatted(language: context.language))),
                                    .if(model.canEdit, .td(expense.isAnnulled ? .text("—") : editForms(expense)))
                                )
                            })
                    )
            )
        }

        /// Correct (fields left blank stay as they are) or annul with a reason; both are audited.
        private func editForms(_ expense: ExpenseRecord) -> Node<HTML.BodyContext> {
            let slug = model.stl.slug
            let id = expense.id!
            let suffix = id.uuidString.prefix(8)
            return .element(
                named: "details",
                nodes: [
                    .element(named: "summary", text: context.t("Corregir o anular", "Correct or annul")),
                    SessionForms.post(
                        SiteURL.expense(.value(slug), .value(id)).path, context: context, button: context.t("Guardar corrección", "Save correction"),
                        FormFields.text(
                            context.t("Fecha", "Date"), name: "spentOn", id: "f-spentOn-\(suffix)", type: .date,
                            value: RecordTime.localDate(expense.spentOn)),
                        FormFields.text(context.t("Concepto", "Concept"), name: "concept", id: "f-concept-\(suffix)", value: expense.concept),
                        FormFields.text(
                            context.t("Monto (MXN)", "Amount (MXN)"), name: "amount", id: "f-amount-\(suffix)", value: expense.amount.decimalString),
                        FormFields.text(
                            context.t("Fuente de los recursos", "Source of funds"), name: "source", id: "f-source-\(suffix)", value: expense.source),
                        FormFields.text(
                            context.t("Comprobante (enlace)", "Receipt (link)"), name: "receiptUrl", id: "f-receiptUrl-\(suffix)", type: .url,
                            value: expense.receiptURL)
                    ),
                    SessionForms.post(
                        SiteURL.expenseAnnul(.value(slug), .value(id)).path, context: context, button: context.t("Anular gasto", "Annul expense"),
                        secondary: true,
                        FormFields.text(
                            context.t("Motivo de la anulación", "Reason for annulling"), name: "reason", id: "f-reason-\(suffix)", required: true)
                    ),
                ])
        }

        private var form: Node<HTML.BodyContext> {
            .section(
                .h2(.text(context.t("Registrar un gasto", "Record an expense"))),
                SessionForms.post(
                    SiteURL.finances(.value(model.stl.slug)).path, context: context, button: context.t("Registrar gasto", "Record expense"),
                    FormFields.text(
                        context.t("Fecha", "Date"), name: "spentOn", type: .date, required: true, hint: context.t("AAAA-MM-DD", "YYYY-MM-DD")),
                    FormFields.text(
                        context.t("Concepto", "Concept"), name: "concept", required: true,
                        hint: context.t(
                            "Por ejemplo: Logística de sesiones, Materiales de difusión", "For example: Session logistics, Outreach materials")),
                    FormFields.text(
                        context.t("Monto (MXN)", "Amount (MXN)"), name: "amount", required: true,
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

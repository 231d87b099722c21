import Plot
import SecretariadoCore

/// The dashboards' charts, drawn on the server as accessible SVG: `role="img"` with a title
/// that states the numbers, and a data table next to each (see `FollowUpTables`).
enum FollowUpCharts {
    static func levelColor(_ level: CompletionLevel) -> String {
        switch level {
        case .sinEvidencia: "#6b6b6b"
        case .noIniciado: "#b3261e"
        case .limitado: "#a15c00"
        case .sustancial: "#4f7f1f"
        case .completo: "#1b5e20"
        }
    }

    static func statusColor(_ status: AgreementStatus) -> String {
        switch status {
        case .pendiente: "#a15c00"
        case .enProceso: "#1f5fa8"
        case .vencido: "#b3261e"
        case .cumplido: "#2e7d32"
        case .cancelado: "#6b6b6b"
        }
    }

    /// Horizontal bars: commitments at each level of the IRM scale.
    static func completion(_ counts: CompletionCounts, context: PageContext) -> Node<HTML.BodyContext> {
        let rows = counts.rows
        let summary = rows.map { "\(context.t($0.level.label)): \($0.count)" }.joined(separator: ", ")
        let title =
            context.t(
                "Compromisos por nivel de cumplimiento (\(counts.total) en total). ", "Commitments by completion level (\(counts.total) in all). ")
            + summary
        // Room for the longest level name in the page's language ("No evidence available").
        let labelWidth = max(110, (rows.map { context.t($0.level.label).count }.max() ?? 0) * 7 + 16)
        let barMax = 330
        let rowHeight = 30
        let width = labelWidth + barMax + 50
        let maxCount = max(rows.map(\.count).max() ?? 0, 1)
        var body = ""
        for (index, row) in rows.enumerated() {
            let y = Double(10 + index * rowHeight)
            let length = Double(barMax) * Double(row.count) / Double(maxCount)
            body += SVG.text(x: Double(labelWidth - 8), y: y + 15, context.t(row.level.label), anchor: "end")
            body += SVG.rect(x: Double(labelWidth), y: y, width: max(length, row.count > 0 ? 2 : 0), height: 20, fill: levelColor(row.level))
            body += SVG.text(x: Double(labelWidth) + length + 6, y: y + 15, MexicanFormat.integer(row.count), weight: "bold")
        }
        return raw(SVG.image(width: width, height: 20 + rows.count * rowHeight, title: title, body: body))
    }

    /// Stacked columns: agreements adopted in each quarter, by their status today.
    static func agreements(_ timeline: AgreementTimeline, context: PageContext) -> Node<HTML.BodyContext> {
        let periods = timeline.periods
        let statusSummary = AgreementTimeline.order.map { "\(context.t($0.label)): \(timeline.total($0))" }.joined(separator: ", ")
        let perPeriod = periods.map { "\(PeriodLabel.short($0.key, language: context.language)): \($0.total)" }.joined(separator: "; ")
        let title =
            context.t(
                "Acuerdos por trimestre de adopción y estado actual (\(timeline.total) en total). ",
                "Agreements by quarter adopted and current status (\(timeline.total) in all). ")
            + statusSummary + (perPeriod.isEmpty ? "" : ". " + perPeriod)
        let chartHeight = 180.0
        let top = 20.0
        let left = 40.0
        let column = 56.0
        let gap = 24.0
        let width = Int(left + Double(max(periods.count, 1)) * (column + gap) + 20)
        let maxTotal = max(periods.map(\.total).max() ?? 0, 1)
        var body = SVG.rect(x: left, y: top + chartHeight, width: Double(width) - left - 10, height: 1, fill: "#1a1a1a")
        body += SVG.text(x: left - 6, y: top + 10, MexicanFormat.integer(maxTotal), anchor: "end", size: 11)
        body += SVG.text(x: left - 6, y: top + chartHeight, "0", anchor: "end", size: 11)
        for (index, period) in periods.enumerated() {
            let x = left + 12 + Double(index) * (column + gap)
            var y = top + chartHeight
            for status in AgreementTimeline.order where period.count(status) > 0 {
                let height = chartHeight * Double(period.count(status)) / Double(maxTotal)
                y -= height
                body += SVG.rect(x: x, y: y, width: column, height: height, fill: statusColor(status), stroke: "#ffffff")
            }
            body += SVG.text(x: x + column / 2, y: y - 4, MexicanFormat.integer(period.total), anchor: "middle", weight: "bold")
            body += SVG.text(
                x: x + column / 2, y: top + chartHeight + 16, PeriodLabel.short(period.key, language: context.language), anchor: "middle", size: 11)
        }
        // The legend, inside the image so it travels with it.
        var legendX = 10.0
        let legendY = top + chartHeight + 34
        for status in AgreementTimeline.order {
            body += SVG.rect(x: legendX, y: legendY - 10, width: 12, height: 12, fill: statusColor(status))
            let label = context.t(status.label)
            body += SVG.text(x: legendX + 16, y: legendY, label, size: 11)
            legendX += 28 + Double(label.count) * 6.5
        }
        return raw(SVG.image(width: max(width, Int(legendX)), height: Int(legendY) + 10, title: title, body: body))
    }

    /// Columns: spending per period, with exact amounts as labels.
    static func spending(_ totals: SpendingTotals, context: PageContext) -> Node<HTML.BodyContext> {
        let periods = totals.byPeriod
        let summary = periods.map { "\(PeriodLabel.text($0.key, language: context.language)): \($0.total.formatted(language: context.language))" }
            .joined(separator: "; ")
        let title =
            context.t(
                "Gasto por periodo, total \(totals.total.formatted(language: context.language)). ",
                "Spending by period, total \(totals.total.formatted(language: context.language)). ") + summary
        let chartHeight = 150.0
        let top = 24.0
        let left = 10.0
        let column = 70.0
        let gap = 22.0
        let width = Int(left + Double(max(periods.count, 1)) * (column + gap) + 10)
        let maxTotal = max(periods.map(\.total.centavos).max() ?? 0, 1)
        var body = SVG.rect(x: left, y: top + chartHeight, width: Double(width) - left - 10, height: 1, fill: "#1a1a1a")
        for (index, period) in periods.enumerated() {
            let x = left + 6 + Double(index) * (column + gap)
            let height = chartHeight * Double(period.total.centavos) / Double(maxTotal)
            body += SVG.rect(x: x, y: top + chartHeight - height, width: column, height: max(height, 1), fill: "#0b4f8a")
            body += SVG.text(
                x: x + column / 2, y: top + chartHeight - height - 5, period.total.formatted(language: context.language), anchor: "middle", size: 10,
                weight: "bold")
            body += SVG.text(
                x: x + column / 2, y: top + chartHeight + 15, PeriodLabel.short(period.key, language: context.language), anchor: "middle", size: 11)
        }
        return raw(SVG.image(width: width, height: Int(top + chartHeight + 24), title: title, body: body))
    }

    private static func raw(_ svg: String) -> Node<HTML.BodyContext> {
        .div(.class("chart"), .raw(svg))
    }
}

/// The data tables next to the charts: the same numbers, readable without the image.
enum FollowUpTables {
    static func money(_ rows: [(String, MoneyMXN)], header: String, total: MoneyMXN, context: PageContext) -> Node<HTML.BodyContext> {
        .table(
            .class("data"),
            .thead(.tr(FollowUpChrome.th(header), .th(.attribute(named: "scope", value: "col"), .class("num"), .text(context.t("Monto", "Amount"))))),
            .tbody(
                .forEach(rows) { label, amount in
                    .tr(
                        .th(.attribute(named: "scope", value: "row"), .text(label)),
                        .td(.class("num"), .text(amount.formatted(language: context.language))))
                }),
            .tfoot(
                .tr(
                    .th(.attribute(named: "scope", value: "row"), .text(context.t("Total", "Total"))),
                    .td(.class("num"), .strong(.text(total.formatted(language: context.language))))))
        )
    }

    static func completion(_ counts: CompletionCounts, context: PageContext) -> Node<HTML.BodyContext> {
        .table(
            .class("data"),
            .thead(
                .tr(
                    FollowUpChrome.th(context.t("Nivel", "Level")),
                    .th(.attribute(named: "scope", value: "col"), .class("num"), .text(context.t("Compromisos", "Commitments"))))),
            .tbody(
                .forEach(counts.rows) { row in
                    .tr(
                        .th(.attribute(named: "scope", value: "row"), .text(context.t(row.level.label))),
                        .td(.class("num"), .text(MexicanFormat.integer(row.count))))
                }),
            .tfoot(
                .tr(
                    .th(.attribute(named: "scope", value: "row"), .text(context.t("Total", "Total"))),
                    .td(.class("num"), .strong(.text(MexicanFormat.integer(counts.total))))))
        )
    }

    static func agreements(_ timeline: AgreementTimeline, context: PageContext) -> Node<HTML.BodyContext> {
        .table(
            .class("data"),
            .thead(
                .tr(
                    FollowUpChrome.th(context.t("Trimestre", "Quarter")),
                    .forEach(AgreementTimeline.order) { status in
                        .th(.attribute(named: "scope", value: "col"), .class("num"), .text(context.t(status.label)))
                    },
                    .th(.attribute(named: "scope", value: "col"), .class("num"), .text(context.t("Total", "Total")))
                )),
            .tbody(
                .forEach(timeline.periods) { period in
                    .tr(
                        .th(.attribute(named: "scope", value: "row"), .text(PeriodLabel.text(period.key, language: context.language))),
                        .forEach(AgreementTimeline.order) { status in .td(.class("num"), .text(MexicanFormat.integer(period.count(status)))) },
                        .td(.class("num"), .text(MexicanFormat.integer(period.total)))
                    )
                }),
            .tfoot(
                .tr(
                    .th(.attribute(named: "scope", value: "row"), .text(context.t("Total", "Total"))),
                    .forEach(AgreementTimeline.order) { status in .td(.class("num"), .strong(.text(MexicanFormat.integer(timeline.total(status))))) },
                    .td(.class("num"), .strong(.text(MexicanFormat.integer(timeline.total))))
                ))
        )
    }
}

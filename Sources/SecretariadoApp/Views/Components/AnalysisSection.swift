import Plot
import SecretariadoCore

/// "Análisis de reglas": who can decide what under a forum's composition and rule — the
/// findings in words, and the seat share against voting power.
enum AnalysisSection {
    static func node(_ analysis: ForumAnalysis, context: PageContext, headingLevel: Int = 2) -> Node<HTML.BodyContext> {
        .section(
            .element(named: "h\(headingLevel)", text: context.t("Análisis de reglas", "Rule analysis")),
            .p(
                .text(
                    context.t(
                        "Con todos los asientos presentes: qué sectores pueden decidir solos (dominantes), cuáles pueden impedir cualquier decisión (veto), y su poder de voto según los índices de Banzhaf y Shapley–Shubik.",
                        "With every seat present: which sectors can decide alone (dominant), which can block any decision (veto), and their voting power by the Banzhaf and Shapley–Shubik indices."
                    ))),
            .dl(
                .class("facts"),
                .dt(.text(context.t("Sectores dominantes", "Dominant sectors"))),
                .dd(.text(names(analysis.dominantSectors, context: context))),
                .dt(.text(context.t("Sectores con veto", "Veto sectors"))),
                .dd(.text(names(analysis.vetoSectors, context: context)))
            ),
            .if(analysis.findings.isEmpty, .p(.span(.class("badge ok"), .text(context.t("Sin hallazgos", "No findings"))))),
            .ul(
                .forEach(analysis.findings.sorted { $0.severity > $1.severity }) { finding in
                    .li(
                        .span(.class(badgeClass(finding.severity)), .text(severityLabel(finding.severity, context: context))),
                        .text(" " + context.t(finding.message))
                    )
                }),
            .raw(PowerChart.svg(analysis, context: context))
        )
    }

    static func names(_ sectors: [SectorCode], context: PageContext) -> String {
        sectors.isEmpty ? context.t("Ninguno", "None") : sectors.map { context.t(Sector.displayName(of: $0)) }.joined(separator: ", ")
    }

    static func badgeClass(_ severity: Finding.Severity) -> String {
        switch severity {
        case .error: "badge bad"
        case .warning: "badge warn"
        default: "badge ok"
        }
    }

    static func severityLabel(_ severity: Finding.Severity, context: PageContext) -> String {
        switch severity {
        case .error: context.t("Incumple", "Fails")
        case .warning: context.t("Atención", "Warning")
        default: context.t("Nota", "Note")
        }
    }
}

import Plot
import SecretariadoCore

extension ComparisonPage {
    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(
                title: context.t("Comparativo nacional", "National comparison"), context: context,
                main: .group(
                    .h1(.text(context.t("Comparativo nacional de los STL", "National comparison of the STLs"))),
                    .p(
                        .text(
                            context.t(
                                "La Tabla 2 de la guía reconstruida a partir de los datos: titulares por sector, regla de decisión, equilibrio, sectores que deciden solos o tienen veto, y poder de voto (índice de Banzhaf normalizado). \(model.dominatedCount) de \(model.total) secretariados\(model.state.map { " de \($0)" } ?? "") tienen un sector que puede decidir solo.",
                                "The guide's Tabla 2 rebuilt from the data: full members per sector, decision rule, balance, sectors that decide alone or hold a veto, and voting power (normalised Banzhaf index). \(model.dominatedCount) of \(model.total) secretariats\(model.state.map { " in \($0)" } ?? "") have a sector that can decide alone."
                            ))),
                    .p(
                        .a(
                            .href(SiteURL.simulator.path),
                            .text(context.t("Probar otra composición en el simulador", "Try another composition in the simulator")))),
                    PortalListControls.stateFilter(
                        path: SiteURL.comparison.path, states: model.states, selected: model.state, total: model.total,
                        keep: [("orden", model.order.rawValue)], context: context),
                    .table(
                        .caption(.text(context.t("Ordenado por: ", "Sorted by: ") + label(model.order))),
                        .thead(
                            .tr(
                                header(.nombre, context.t("Secretariado", "Secretariat")),
                                header(.gobierno, context.t("Gob.", "Gov."), numeric: true),
                                header(.sociedad_civil, context.t("Soc. civil", "Civ. soc."), numeric: true),
                                header(.organismo_garante, context.t("Garante", "Guarantor"), numeric: true),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Regla", "Rule"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Equilibrio", "Balance"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Decide solo", "Decides alone"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Veto", "Veto"))),
                                header(.poder_gobierno, context.t("Poder gob.", "Gov. power"), numeric: true),
                                header(.poder_sociedad_civil, context.t("Poder soc. civil", "Civ. soc. power"), numeric: true),
                                .th(.attribute(named: "scope", value: "col"), .class("num"), .text(context.t("Poder garante", "Guarantor power")))
                            )),
                        .tbody(
                            .forEach(model.rows) { row in
                                let c = row.summary.composition
                                let b = row.analysis.power.banzhaf
                                return .tr(
                                    .th(
                                        .attribute(named: "scope", value: "row"),
                                        .a(.href(SiteURL.secretariat(.value(row.summary.slug)).path), .text(row.summary.name))),
                                    .td(.class("num"), .text("\(c.count(.gobierno))")),
                                    .td(.class("num"), .text("\(c.count(.sociedadCivil))")),
                                    .td(.class("num"), .text("\(c.count(.organismoGarante))")),
                                    .td(.text(row.summary.ruleText)),
                                    .td(Badges.representation(row.summary.integration, context: context)),
                                    .td(.text(AnalysisSection.names(row.analysis.dominantSectors, context: context))),
                                    .td(.text(AnalysisSection.names(row.analysis.vetoSectors, context: context))),
                                    .td(.class("num"), .text(MexicanFormat.percent(b[.gobierno] ?? 0, language: context.language))),
                                    .td(.class("num"), .text(MexicanFormat.percent(b[.sociedadCivil] ?? 0, language: context.language))),
                                    .td(.class("num"), .text(MexicanFormat.percent(b[.organismoGarante] ?? 0, language: context.language)))
                                )
                            })
                    ),
                    PortalListControls.pager(
                        path: SiteURL.comparison.path, page: model.page, parameters: [("orden", model.order.rawValue), ("estado", model.state)],
                        context: context),
                    international
                ))
        }

        /// Tabla 1: the multi-stakeholder forums abroad the guide compares with, analysed the
        /// same way (their decision rules are not in the guide: a consensus-then-majority rule
        /// is assumed, as the note says).
        private var international: Node<HTML.BodyContext> {
            .section(
                .h2(.text(context.t("Referencias internacionales (Tabla 1 de la guía)", "International references (the guide's Tabla 1)"))),
                .p(
                    .class("hint"),
                    .text(
                        context.t(
                            "La guía no da sus reglas de decisión: se supone consenso y, en caso de disenso, mayoría simple. Los observadores no votan.",
                            "The guide does not give their decision rules: consensus then simple majority is assumed. Observers do not vote."))),
                .table(
                    .thead(
                        .tr(
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("Foro", "Forum"))),
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("Integración", "Membership"))),
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("Equilibrio", "Balance"))),
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("Decide solo", "Decides alone"))),
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("Veto", "Veto"))),
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("Poder (Banzhaf)", "Power (Banzhaf)")))
                        )),
                    .tbody(
                        .forEach(InternationalForums.all) { forum in
                            let analysis = ForumAnalysis(composition: forum.composition, rule: forum.rule)
                            return .tr(
                                .th(.attribute(named: "scope", value: "row"), .text("\(context.t(forum.country)) – \(context.t(forum.name))")),
                                .td(.text(forum.representativesText)),
                                .td(Badges.balance(analysis.balance, context: context)),
                                .td(.text(AnalysisSection.names(analysis.dominantSectors, context: context))),
                                .td(.text(AnalysisSection.names(analysis.vetoSectors, context: context))),
                                .td(
                                    .text(
                                        analysis.composition.votingSectors.map {
                                            "\(context.t(Sector.displayName(of: $0))) \(MexicanFormat.percent(analysis.power.banzhaf[$0] ?? 0, language: context.language))"
                                        }.joined(separator: "; ")))
                            )
                        })
                )
            )
        }

        /// A column header that is a sort link; `aria-sort` marks the current one.
        private func header(_ order: Model.Order, _ text: String, numeric: Bool = false) -> Node<HTML.TableRowContext> {
            .th(
                .attribute(named: "scope", value: "col"),
                .class(numeric ? "num" : ""),
                .if(order == model.order, .attribute(named: "aria-sort", value: order == .nombre ? "ascending" : "descending")),
                .a(.href(PortalListControls.href(SiteURL.comparison.path, [("orden", order.rawValue), ("estado", model.state)])), .text(text))
            )
        }

        private func label(_ order: Model.Order) -> String {
            switch order {
            case .nombre: context.t("nombre", "name")
            case .gobierno: context.t("titulares de gobierno", "government full members")
            case .sociedad_civil: context.t("titulares de sociedad civil", "civil-society full members")
            case .organismo_garante: context.t("titulares del organismo garante", "guarantor full members")
            case .poder_gobierno: context.t("poder de voto de gobierno", "government voting power")
            case .poder_sociedad_civil: context.t("poder de voto de sociedad civil", "civil-society voting power")
            }
        }
    }
}

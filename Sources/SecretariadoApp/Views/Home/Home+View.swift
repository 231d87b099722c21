import Plot
import SecretariadoCore

extension Home {
    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(title: context.t("Secretariados Técnicos Locales", "Local Technical Secretariats"), context: context, main: main)
        }

        private var main: Node<HTML.BodyContext> {
            .group(
                .h1(.text(context.t("Secretariados Técnicos Locales", "Local Technical Secretariats"))),
                .p(
                    .text(
                        context.t(
                            "Los foros permanentes y tripartitos de gobierno abierto local: gobierno, sociedad civil organizada y organismo garante, con una persona facilitadora con voz pero sin voto.",
                            "The permanent, tripartite forums of local open government: government, organised civil society and the guarantor body, with a facilitator who has voice but no vote."
                        ))),
                .p(
                    .text(
                        context.t(
                            "\(model.total) secretariados\(model.state.map { " en \($0)" } ?? ""); \(model.balancedCount) con asientos de representación equilibrada (al menos un titular de cada sector y tantos de gobierno como de sociedad civil), \(model.currentlyBalancedCount) de ellos con todos sus titulares hoy, sin vacantes.",
                            "\(model.total) secretariats\(model.state.map { " in \($0)" } ?? ""); \(model.balancedCount) with seats of balanced representation (at least one full member per sector and as many from government as from civil society), \(model.currentlyBalancedCount) of them with all their full members today, no vacancies."
                        ))),
                PortalListControls.stateFilter(
                    path: SiteURL.home.path, states: model.states, selected: model.state, total: model.total, keep: [], context: context),
                Badges.legend(model.sectorsShown, context: context),
                table,
                PortalListControls.pager(path: SiteURL.home.path, page: model.page, parameters: [("estado", model.state)], context: context)
            )
        }

        private var table: Node<HTML.BodyContext> {
            .table(
                .caption(.text(context.t("Composición por titulares y regla de decisión", "Composition by full members and decision rule"))),
                .thead(
                    .tr(
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Secretariado", "Secretariat"))),
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Composición", "Composition"))),
                        .th(.attribute(named: "scope", value: "col"), .class("num"), .text(context.t("Gob.", "Gov."))),
                        .th(.attribute(named: "scope", value: "col"), .class("num"), .text(context.t("Soc. civil", "Civ. soc."))),
                        .th(.attribute(named: "scope", value: "col"), .class("num"), .text(context.t("Garante", "Guarantor"))),
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Requisito mínimo", "Minimum requirement"))),
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Regla de decisión", "Decision rule")))
                    )),
                .tbody(
                    .forEach(model.secretariats) { stl in
                        .tr(
                            .th(
                                .attribute(named: "scope", value: "row"),
                                .a(.href(SiteURL.secretariat(.value(stl.slug)).path), .text(stl.name)),
                                .if(stl.status != .instalado, .group(.text(" "), Badges.status(stl.status, context: context)))),
                            .td(.raw(CompositionBar.svg(stl.composition, context: context))),
                            .td(.class("num"), .text("\(stl.composition.count(.gobierno))")),
                            .td(.class("num"), .text("\(stl.composition.count(.sociedadCivil))")),
                            .td(.class("num"), .text("\(stl.composition.count(.organismoGarante))")),
                            .td(Badges.representation(stl.integration, context: context)),
                            .td(.text(context.t(stl.rule.summary)))
                        )
                    })
            )
        }
    }
}

import Plot
import SecretariadoCore

extension SimulatorPage {
    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(
                title: context.t("Simulador de reglas", "Rule simulator"), context: context,
                main: .group(
                    .h1(.text(context.t("Simulador de reglas de decisión", "Decision-rule simulator"))),
                    .p(
                        .text(
                            context.t(
                                "Escribe cuántos titulares tiene cada sector y la regla de decisión: verás si la composición es equilibrada, qué sector puede decidir solo o vetar, y el poder de voto de cada uno.",
                                "Enter how many full members each sector has and the decision rule: you will see whether the composition is balanced, which sector can decide alone or veto, and each one's voting power."
                            ))),
                    form,
                    .unwrap(model.error) { error in .p(.class("error-box"), .attribute(named: "role", value: "alert"), .text(error)) },
                    .unwrap(model.analysis) { analysis in
                        .group(
                            .h2(.text(context.t("Resultado", "Result"))),
                            .p(Badges.balance(analysis.balance, context: context), .text(" " + context.t(analysis.balance.explanation))),
                            AnalysisSection.node(analysis, context: context, headingLevel: 3)
                        )
                    }
                ))
        }

        private var form: Node<HTML.BodyContext> {
            let f = model.form
            return .form(
                .class("stack"), .method(.get), .action(SiteURL.simulator.path),
                FormFields.text(
                    context.t("Titulares de gobierno", "Government full members"), name: "gobierno", type: .number, value: f.gobierno ?? "1"),
                FormFields.text(
                    context.t("Titulares de sociedad civil", "Civil-society full members"), name: "sociedad_civil", type: .number,
                    value: f.sociedad_civil ?? "1"),
                FormFields.text(
                    context.t("Titulares del organismo garante", "Guarantor body full members"), name: "organismo_garante", type: .number,
                    value: f.organismo_garante ?? "1"),
                FormFields.text(
                    context.t("Otro sector (opcional): nombre", "Another sector (optional): name"), name: "otro_nombre", value: f.otro_nombre),
                FormFields.text(
                    context.t("Otro sector: titulares", "Another sector: full members"), name: "otro_asientos", type: .number, value: f.otro_asientos),
                FormFields.select(
                    context.t("Regla", "Rule"), name: "kind",
                    options: DecisionRule.Kind.allCases.map { ($0.rawValue, context.t(DecisionRule(kind: $0).summary)) },
                    selected: f.kind ?? DecisionRule.Kind.consensusThenMajority.rawValue),
                FormFields.select(
                    context.t("Umbral de la mayoría", "Majority threshold"), name: "threshold",
                    options: [
                        ("simple", context.t("Más de la mitad", "More than half")),
                        ("two_thirds", context.t("Más de dos tercios", "More than two thirds")),
                    ],
                    selected: f.threshold),
                FormFields.select(
                    context.t("La mayoría requiere un voto a favor de", "The majority needs a vote in favour from"), name: "requireSectors[]",
                    id: "f-requireSectors",
                    options: [("", context.t("ningún sector en particular", "no particular sector"))]
                        + Sector.guideSectors.map { ($0.code.rawValue, context.t($0.name)) },
                    selected: f.requireSectors?.first),
                FormFields.select(
                    context.t("…o de cada sector", "…or from every sector"), name: "requireEverySector",
                    options: [("", context.t("No", "No")), ("on", context.t("Sí", "Yes"))], selected: f.requireEverySector),
                FormFields.submit(context.t("Analizar", "Analyse"))
            )
        }
    }
}

import Plot
import SecretariadoCore

enum GovernanceEditPage {
    struct Model {
        let secretariatName: String
        let slug: String
        let currentVersion: Int
        let form: GovernanceForm
        let sectors: [Sector]
    }

    /// The charter as a form: every element of the guide's minimum, and the decision rule
    /// in parts the engine executes.
    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(title: context.t("Editar mecanismo", "Edit mechanism"), context: context, main: .group(
                StlMenu.nav(model.slug, current: .governance, context: context),
                .h1(.text(context.t("Nueva versión del Mecanismo de Gobernanza: \(model.secretariatName)", "New version of the governance mechanism: \(model.secretariatName)"))),
                .p(.text(context.t(
                    "Se guardará como versión \(model.currentVersion + 1). Las versiones anteriores se conservan. Si cambias la regla de decisión, cambia también el análisis de poder de voto y las votaciones futuras.",
                    "It will be saved as version \(model.currentVersion + 1). Earlier versions are kept. Changing the decision rule also changes the voting-power analysis and future votes."))),
                .form(
                    .class("stack"), .method(.post), .action(SiteURL.governanceEdit(.value(model.slug)).path),
                    CSRFField.node(context),
                    .fieldset(
                        .element(named: "legend", text: (context.t("1. Integración, elección y rotación", "1. Membership, election and rotation"))),
                        area(context.t("Integración (titulares y suplentes)", "Membership (full members and alternates)"), "representatives", model.form.representatives),
                        area(context.t("Método de elección", "Election method"), "electionMethod", model.form.electionMethod),
                        FormFields.text(context.t("Duración del encargo (meses)", "Term (months)"), name: "termMonths", type: .number, value: model.form.termMonths),
                        area(context.t("Permanencia y rotación", "Permanence and rotation"), "rotation", model.form.rotation)
                    ),
                    .fieldset(
                        .element(named: "legend", text: (context.t("2. Funciones del STL", "2. Functions of the STL"))),
                        area(context.t("Funciones (una por renglón)", "Functions (one per line)"), "functions", model.form.functions, rows: 5)
                    ),
                    .fieldset(
                        .element(named: "legend", text: (context.t("3. Operación", "3. Operation"))),
                        FormFields.text(context.t("Periodicidad de las sesiones ordinarias", "Frequency of ordinary sessions"), name: "ordinaryFrequency", value: model.form.ordinaryFrequency, required: true),
                        FormFields.text(context.t("Días de aviso, sesión ordinaria", "Notice days, ordinary session"), name: "ordinaryNoticeDays", type: .number, value: model.form.ordinaryNoticeDays, required: true),
                        FormFields.text(context.t("Días de aviso, sesión extraordinaria", "Notice days, extraordinary session"), name: "extraordinaryNoticeDays", type: .number, value: model.form.extraordinaryNoticeDays, required: true),
                        checkbox(context.t("Se admiten sesiones extraordinarias urgentes", "Urgent extraordinary sessions allowed"), "allowsUrgentExtraordinary", model.form.allowsUrgentExtraordinary),
                        area(context.t("Quién convoca", "Who convenes"), "convenedBy", model.form.convenedBy),
                        area(context.t("Desarrollo de las sesiones", "How sessions run"), "sessions", model.form.sessions)
                    ),
                    .fieldset(
                        .element(named: "legend", text: (context.t("4. Esquema de toma de decisiones", "4. Decision scheme"))),
                        area(context.t("Regla en palabras del STL", "The rule in the STL's words"), "ruleText", model.form.ruleText),
                        FormFields.select(context.t("Tipo de regla", "Kind of rule"), name: "ruleKind",
                                          options: DecisionRule.Kind.allCases.map { ($0.rawValue, context.t(DecisionRule(kind: $0).summary)) },
                                          selected: model.form.ruleKind, required: true),
                        FormFields.select(context.t("Umbral de la mayoría", "Majority threshold"), name: "threshold",
                                          options: [("simple", context.t("Más de la mitad", "More than half")), ("two_thirds", context.t("Más de dos tercios", "More than two thirds"))],
                                          selected: model.form.threshold),
                        FormFields.select(context.t("Base de la mayoría", "Majority base"), name: "base",
                                          options: [("present", context.t("Asientos presentes", "Seats present")), ("all", context.t("Todos los asientos", "All seats"))],
                                          selected: model.form.base),
                        .forEach(model.sectors.filter(\.voting)) { sector in
                            checkbox(context.t("La mayoría requiere un voto a favor de \(sector.name.es.lowercased())", "The majority needs a vote in favour from \(sector.name.en.lowercased())"),
                                     "requireSectors[]", model.form.requireSectors?.contains(sector.code.rawValue) == true ? "on" : nil,
                                     value: sector.code.rawValue, id: "req-\(sector.code.rawValue)")
                        },
                        checkbox(context.t("La mayoría requiere un voto a favor de cada sector", "The majority needs a vote in favour from every sector"), "requireEverySector", model.form.requireEverySector),
                        checkbox(context.t("Sin consenso, turnar a mesa temática", "Without consensus, refer to a thematic table"), "referToMesaTematica", model.form.referToMesaTematica),
                        FormFields.select(context.t("Voto repetido", "Repeated vote"), name: "voteChange",
                                          options: VoteChangePolicy.allCases.map { ($0.rawValue, context.t($0.label)) }, selected: model.form.voteChange)
                    ),
                    .fieldset(
                        .element(named: "legend", text: (context.t("Facilitación y comunicación", "Facilitation and communication"))),
                        area(context.t("Figura de la facilitación", "The facilitator's role"), "facilitatorDescription", model.form.facilitatorDescription),
                        area(context.t("Funciones de la facilitación (una por renglón)", "Facilitator's functions (one per line)"), "facilitatorFunctions", model.form.facilitatorFunctions, rows: 8),
                        area(context.t("Mecanismos de comunicación", "Communication"), "communication", model.form.communication)
                    ),
                    FormFields.text(context.t("Motivo del cambio", "Reason for the change"), name: "note", required: true,
                                    hint: context.t("Por ejemplo: «Reforma acordada en la sesión ordinaria del 12 de marzo».", "For example: “Reform agreed at the ordinary session of 12 March”.")),
                    FormFields.submit(context.t("Publicar nueva versión", "Publish new version"))
                )
            ))
        }

        private func area(_ label: String, _ name: String, _ value: String?, rows: Int = 3) -> Node<HTML.FormContext> {
            FormFields.textarea(label, name: name, value: value, rows: rows)
        }

        private func checkbox(_ label: String, _ name: String, _ value: String?, value submitted: String = "on", id: String? = nil) -> Node<HTML.FormContext> {
            FormFields.checkbox(label, name: name, id: id, value: submitted, checked: GovernanceForm.checked(value))
        }
    }
}

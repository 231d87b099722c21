import Plot
import SecretariadoCore

enum GovernanceEditPage {
    /// What the submitted text becomes (`CharterAmendment`).
    enum Mode {
        /// The text the acta de instalación carries, while the STL is being formed.
        case installation
        /// A draft for the STL to adopt by motion.
        case proposal
        /// An administrator's correction of a typo in the version in force.
        case correction
    }

    struct Model {
        let secretariatName: String
        let slug: String
        let currentVersion: Int
        let form: GovernanceForm
        let sectors: [Sector]
        var mode: Mode = .installation
    }

    /// The charter as a form: every element of the guide's minimum, and the decision rule
    /// in parts the engine executes.
    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(
                title: context.t(heading.es, heading.en), context: context,
                main: .group(
                    StlMenu.nav(model.slug, current: .governance, context: context),
                    .h1(.text(context.t("\(heading.es): \(model.secretariatName)", "\(heading.en): \(model.secretariatName)"))),
                    .p(.text(context.t(intro))),
                    .form(
                        .class("stack"), .method(.post), .action(action),
                        CSRFField.node(context),
                        .fieldset(
                            .element(
                                named: "legend", text: (context.t("1. Integración, elección y rotación", "1. Membership, election and rotation"))),
                            area(
                                context.t("Integración (titulares y suplentes)", "Membership (full members and alternates)"), "representatives",
                                model.form.representatives),
                            area(context.t("Método de elección", "Election method"), "electionMethod", model.form.electionMethod),
                            FormFields.text(
                                context.t("Duración del encargo (meses)", "Term (months)"), name: "termMonths", type: .number,
                                value: model.form.termMonths),
                            area(context.t("Permanencia y rotación", "Permanence and rotation"), "rotation", model.form.rotation)
                        ),
                        .fieldset(
                            .element(named: "legend", text: (context.t("2. Funciones del STL", "2. Functions of the STL"))),
                            area(context.t("Funciones (una por renglón)", "Functions (one per line)"), "functions", model.form.functions, rows: 5)
                        ),
                        .fieldset(
                            .element(named: "legend", text: (context.t("3. Operación", "3. Operation"))),
                            FormFields.text(
                                context.t("Periodicidad de las sesiones ordinarias", "Frequency of ordinary sessions"), name: "ordinaryFrequency",
                                value: model.form.ordinaryFrequency, required: true),
                            FormFields.text(
                                context.t("Días de aviso, sesión ordinaria", "Notice days, ordinary session"), name: "ordinaryNoticeDays",
                                type: .number, value: model.form.ordinaryNoticeDays, required: true),
                            FormFields.text(
                                context.t("Días de aviso, sesión extraordinaria", "Notice days, extraordinary session"),
                                name: "extraordinaryNoticeDays", type: .number, value: model.form.extraordinaryNoticeDays, required: true),
                            checkbox(
                                context.t("Se admiten sesiones extraordinarias urgentes", "Urgent extraordinary sessions allowed"),
                                "allowsUrgentExtraordinary", model.form.allowsUrgentExtraordinary),
                            area(context.t("Quién convoca", "Who convenes"), "convenedBy", model.form.convenedBy),
                            area(context.t("Desarrollo de las sesiones", "How sessions run"), "sessions", model.form.sessions)
                        ),
                        .fieldset(
                            .element(named: "legend", text: (context.t("4. Esquema de toma de decisiones", "4. Decision scheme"))),
                            area(context.t("Regla en palabras del STL", "The rule in the STL's words"), "ruleText", model.form.ruleText),
                            FormFields.select(
                                context.t("Tipo de regla", "Kind of rule"), name: "ruleKind",
                                options: DecisionRule.Kind.allCases.map { ($0.rawValue, context.t(DecisionRule(kind: $0).summary)) },
                                selected: model.form.ruleKind, required: true),
                            FormFields.select(
                                context.t("Umbral de la mayoría", "Majority threshold"), name: "threshold",
                                options: [
                                    ("simple", context.t("Más de la mitad", "More than half")),
                                    ("two_thirds", context.t("Más de dos tercios", "More than two thirds")),
                                ],
                                selected: model.form.threshold),
                            FormFields.select(
                                context.t("Base de la mayoría", "Majority base"), name: "base",
                                options: [
                                    ("present", context.t("Asientos presentes", "Seats present")),
                                    ("all", context.t("Todos los asientos", "All seats")),
                                ],
                                selected: model.form.base),
                            .forEach(model.sectors.filter(\.voting)) { sector in
                                checkbox(
                                    context.t(
                                        "La mayoría requiere un voto a favor de \(sector.name.es.lowercased())",
                                        "The majority needs a vote in favour from \(sector.name.en.lowercased())"),
                                    "requireSectors[]", model.form.requireSectors?.contains(sector.code.rawValue) == true ? "on" : nil,
                                    value: sector.code.rawValue, id: "req-\(sector.code.rawValue)")
                            },
                            checkbox(
                                context.t(
                                    "La mayoría requiere un voto a favor de cada sector", "The majority needs a vote in favour from every sector"),
                                "requireEverySector", model.form.requireEverySector),
                            checkbox(
                                context.t("Sin consenso, turnar a mesa temática", "Without consensus, refer to a thematic table"),
                                "referToMesaTematica", model.form.referToMesaTematica),
                            FormFields.select(
                                context.t("Voto repetido", "Repeated vote"), name: "voteChange",
                                options: VoteChangePolicy.allCases.map { ($0.rawValue, context.t($0.label)) }, selected: model.form.voteChange)
                        ),
                        .fieldset(
                            .element(named: "legend", text: (context.t("Facilitación y comunicación", "Facilitation and communication"))),
                            area(
                                context.t("Figura de la facilitación", "The facilitator's role"), "facilitatorDescription",
                                model.form.facilitatorDescription),
                            area(
                                context.t("Funciones de la facilitación (una por renglón)", "Facilitator's functions (one per line)"),
                                "facilitatorFunctions", model.form.facilitatorFunctions, rows: 8),
                            area(context.t("Mecanismos de comunicación", "Communication"), "communication", model.form.communication)
                        ),
                        FormFields.text(context.t(noteLabel), name: "note", required: true, hint: context.t(noteHint)),
                        FormFields.submit(context.t(submit))
                    )
                ))
        }

        private var heading: Localized {
            switch model.mode {
            case .installation:
                Localized(es: "Mecanismo de Gobernanza para el acta de instalación", en: "Governance mechanism for the installation act")
            case .proposal:
                Localized(es: "Proponer una nueva versión del Mecanismo de Gobernanza", en: "Propose a new version of the governance mechanism")
            case .correction: Localized(es: "Corregir una errata del Mecanismo de Gobernanza", en: "Correct a typo in the governance mechanism")
            }
        }

        private var intro: Localized {
            switch model.mode {
            case .installation:
                Localized(
                    es:
                        "El secretariado está en formación: este texto se guardará como versión \(model.currentVersion + 1) y entra en vigor con el acta de instalación. Las versiones anteriores se conservan.",
                    en:
                        "The secretariat is being formed: this text will be saved as version \(model.currentVersion + 1) and enters into force with the installation act. Earlier versions are kept."
                )
            case .proposal:
                Localized(
                    es:
                        "Se guardará como propuesta sobre la versión \(model.currentVersion), con sus diferencias a la vista. No entra en vigor hasta que el STL la adopte en sesión: la facilitación la somete a votación como moción y, si se adopta bajo la regla de decisión en vigor, se vuelve la versión vigente al cerrar la votación.",
                    en:
                        "It will be saved as a proposal on version \(model.currentVersion), with its differences shown. It does not enter into force until the STL adopts it in session: the facilitator puts it to the vote as a motion and, if adopted under the decision rule in force, it becomes the version in force when the vote closes."
                )
            case .correction:
                Localized(
                    es:
                        "Una corrección arregla erratas de la versión \(model.currentVersion) sin votación, queda marcada como corrección en el historial con su motivo y no puede cambiar la regla de decisión, el quórum, los plazos de aviso ni nada de lo que la plataforma ejecuta.",
                    en:
                        "A correction fixes typos in version \(model.currentVersion) without a vote, is marked as a correction in the history with its reason, and cannot change the decision rule, the quorum, the notice periods or anything else the platform executes."
                )
            }
        }

        private var action: String {
            switch model.mode {
            case .installation: SiteURL.governanceEdit(.value(model.slug)).path
            case .proposal: SiteURL.governanceDrafts(.value(model.slug)).path
            case .correction: SiteURL.governanceCorrection(.value(model.slug)).path
            }
        }

        private var noteLabel: Localized {
            model.mode == .correction
                ? Localized(es: "Motivo de la corrección", en: "Reason for the correction")
                : Localized(es: "Motivo del cambio", en: "Reason for the change")
        }

        private var noteHint: Localized {
            model.mode == .correction
                ? Localized(es: "Por ejemplo: «Errata en la función 3: decía “sesiones” por “secciones”».", en: "For example: “Typo in function 3”.")
                : Localized(
                    es: "Por ejemplo: «Reforma para exigir un voto de cada sector».", en: "For example: “Reform to require a vote from every sector”."
                )
        }

        private var submit: Localized {
            switch model.mode {
            case .installation: Localized(es: "Guardar el texto para el acta", en: "Save the text for the act")
            case .proposal: Localized(es: "Guardar la propuesta", en: "Save the proposal")
            case .correction: Localized(es: "Publicar la corrección", en: "Publish the correction")
            }
        }

        private func area(_ label: String, _ name: String, _ value: String?, rows: Int = 3) -> Node<HTML.FormContext> {
            FormFields.textarea(label, name: name, value: value, rows: rows)
        }

        private func checkbox(_ label: String, _ name: String, _ value: String?, value submitted: String = "on", id: String? = nil) -> Node<
            HTML.FormContext
        > {
            FormFields.checkbox(label, name: name, id: id, value: submitted, checked: GovernanceForm.checked(value))
        }
    }
}

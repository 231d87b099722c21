import Foundation
import Plot
import SecretariadoCore

/// `/stl/{slug}/instalacion/pasos/{n}`: one step as the guide describes it, with the
/// forms to record its status and evidence.
enum StepPage {
    struct Model {
        let roadmap: InstallationRoadmap
        let step: InstallationStep
        let canManage: Bool
        let saved: Bool
        /// The step's documents (evidence, the Declaración Conjunta) and, on the last step of
        /// an STL installed before the platform, its historical acta.
        var attachments: [AttachmentsSection.Model] = []
        /// Set when documents can be attached once the step has a record (its status saved).
        var attachHint: Bool = false

        var stl: Secretariat { roadmap.secretariat }
        var record: InstallationStepRecord? { roadmap.records[step.number] }
        var editable: Bool { canManage && roadmap.isInFormation }
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(
                title: context.t(
                    "Paso \(model.step.number): \(context.t(model.step.title))", "Step \(model.step.number): \(context.t(model.step.title))"),
                context: context, main: main)
        }

        private var step: InstallationStep { model.step }
        private var slug: String { model.stl.slug }

        private var main: Node<HTML.BodyContext> {
            .group(
                InstallationChrome.header(
                    context.t("Paso \(step.number): \(context.t(step.title))", "Step \(step.number): \(context.t(step.title))"),
                    stl: model.stl, current: .roadmap, context: context),
                InstallationChrome.saved(model.saved, context: context),
                .p(InstallationChrome.stepStatus(model.roadmap.status(of: step.number), context: context)),
                .dl(
                    .class("facts"),
                    .dt(.text(context.t("Etapa", "Stage"))), .dd(.text("\(step.stage.rawValue). \(context.t(step.stage.name))")),
                    .dt(.text(context.t("¿Para qué?", "What for?"))), .dd(.text(context.t(step.purpose))),
                    .dt(.text(context.t("Responsables", "Responsible"))), .dd(.text(context.t(step.responsible))),
                    .dt(.text(context.t("¿Qué hacer?", "What to do"))), .dd(.text(context.t(step.whatToDo))),
                    .dt(.text(context.t("Resultado esperado", "Expected result"))), .dd(.text(context.t(step.expectedResult))),
                    .dt(.text(context.t("Evidencias sugeridas", "Suggested evidence"))),
                    .dd(.text(step.evidence.map { context.t($0.label) }.joined(separator: "; "))),
                    .dt(.text(context.t("Inicio y conclusión", "Started and concluded"))),
                    .dd(
                        .text(
                            InstallationChrome.date(model.record?.startedOn, context: context) + " · "
                                + InstallationChrome.date(model.record?.concludedOn, context: context))),
                    .unwrap(model.record?.notes) { notes in .group(.dt(.text(context.t("Notas", "Notes"))), .dd(.text(notes))) }
                ),
                .p(.text(context.t(step.description))),
                .unwrap(step.stageNote) { note in .p(.class("hint"), .text(context.t(note))) },
                shortcut,
                evidenceList,
                .forEach(model.attachments) { AttachmentsSection.node($0, context: context) },
                .if(
                    model.attachHint,
                    .p(
                        .class("hint"),
                        .text(
                            context.t(
                                "Para adjuntar archivos a este paso, guarda primero su estado.",
                                "To attach files to this step, save its status first.")))),
                .if(model.editable, .group(statusForm, evidenceForm))
            )
        }

        /// Where the work of this step is done on the platform, when it is.
        private var shortcut: Node<HTML.BodyContext> {
            let target: (String, String)? =
                switch step.number {
                case 1:
                    (SiteURL.installationPromoters(.value(slug)).path, context.t("Grupo Promotor y ruta de trabajo", "Promoter Group and work route"))
                case 3: (SiteURL.installationCall(.value(slug)).path, context.t("Convocatoria abierta y registros", "Open call and registrations"))
                case 6:
                    (
                        SiteURL.installationElection(.value(slug)).path,
                        context.t("Elección de la representación de la sociedad civil", "Election of the civil-society representatives")
                    )
                case 7: (SiteURL.installationFacilitation(.value(slug)).path, context.t("Selección del facilitador", "Selection of the facilitator"))
                case 8, 9:
                    (
                        SiteURL.governance(.value(slug)).path,
                        context.t("Mecanismo de Gobernanza (versiones y edición)", "Governance mechanism (versions and editing)")
                    )
                case 10:
                    (
                        SiteURL.installationActa(.value(slug)).path,
                        context.t("Acta de instalación (incluye el mecanismo de gobernanza)", "Installation act (includes the governance mechanism)")
                    )
                default: nil
                }
            return .unwrap(target) { href, label in .p(.text(context.t("En la plataforma: ", "On the platform: ")), .a(.href(href), .text(label))) }
        }

        private var evidenceList: Node<HTML.BodyContext> {
            let items = model.roadmap.evidence(of: step.number)
            return .section(
                .h2(.text(context.t("Evidencias", "Evidence"))),
                .if(items.isEmpty, .p(.class("muted"), .text(context.t("Sin evidencias registradas.", "No evidence recorded.")))),
                .ul(
                    .forEach(items) { item in
                        .li(
                            InstallationChrome.link(item.url, text: item.title),
                            .span(
                                .class("muted"),
                                .text(" — \(context.t(item.kind.label)), \(InstallationChrome.date(item.createdAt, context: context))")))
                    })
            )
        }

        private var statusForm: Node<HTML.BodyContext> {
            let record = model.record
            let statuses = InstallationStepStatus.allCases.filter { step.number != 10 || $0 != .concluido }
            return .section(
                .h2(.text(context.t("Registrar el avance", "Record progress"))),
                .form(
                    .class("stack"), .method(.post), .action(SiteURL.installationStep(.value(slug), .value(step.number)).path),
                    CSRFField.node(context),
                    FormFields.select(
                        context.t("Estado", "Status"), name: "status",
                        options: statuses.map { ($0.rawValue, context.t($0.label)) },
                        selected: (record?.status ?? .pendiente).rawValue, required: true),
                    FormFields.text(
                        context.t("Inicio", "Started"), name: "startedOn", type: .date, value: record?.startedOn.map(CalendarDate.format)),
                    FormFields.text(
                        context.t("Conclusión", "Concluded"), name: "concludedOn", type: .date, value: record?.concludedOn.map(CalendarDate.format),
                        hint: context.t("Si concluye y se deja vacía, hoy.", "Today if concluded and left empty.")),
                    InstallationForms.textarea(context.t("Notas", "Notes"), name: "notes", value: record?.notes),
                    .if(
                        step.number == 10,
                        .p(
                            .class("hint"),
                            .text(
                                context.t(
                                    "El paso 10 se concluye con «Instalar el STL» en la ruta de instalación.",
                                    "Step 10 is concluded with “Install the STL” on the roadmap.")))),
                    FormFields.submit(context.t("Guardar", "Save")))
            )
        }

        private var evidenceForm: Node<HTML.BodyContext> {
            let kinds = step.evidence + InstallationEvidence.allCases.filter { !step.evidence.contains($0) }
            return .section(
                .h2(.text(context.t("Agregar evidencia", "Add evidence"))),
                .form(
                    .class("stack"), .method(.post), .action(SiteURL.installationStepEvidence(.value(slug), .value(step.number)).path),
                    CSRFField.node(context),
                    FormFields.select(
                        context.t("Tipo", "Kind"), name: "kind", id: "ev-kind",
                        options: kinds.map { ($0.rawValue, context.t($0.label)) }, required: true),
                    FormFields.text(context.t("Título", "Title"), name: "title", id: "ev-title"),
                    FormFields.text(
                        context.t("Enlace", "Link"), name: "url", id: "ev-url", required: true,
                        hint: context.t(
                            "Dirección web (https://…) o ruta de este sitio (/stl/…).", "Web address (https://…) or a path of this site (/stl/…).")),
                    FormFields.submit(context.t("Agregar evidencia", "Add evidence")))
            )
        }
    }
}

import Foundation
import Plot
import SecretariadoCore

/// `/stl/{slug}/instalacion`: the ten steps in their three stages, each with its purpose,
/// responsible parties, what to do, expected result, status, dates, notes and evidence.
enum RoadmapPage {
    struct Model {
        let roadmap: InstallationRoadmap
        let canManage: Bool
        let canInstall: Bool
        let saved: Bool

        var stl: Secretariat { roadmap.secretariat }
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(title: context.t("Instalación de \(model.stl.name)", "Installation of \(model.stl.name)"), context: context, main: main)
        }

        private var main: Node<HTML.BodyContext> {
            let progress = model.roadmap.progress
            return .group(
                InstallationChrome.header(
                    context.t("Ruta de instalación del STL de \(model.stl.name)", "Installation roadmap of the STL of \(model.stl.name)"),
                    stl: model.stl, current: .roadmap, context: context),
                InstallationChrome.saved(model.saved, context: context),
                .if(
                    model.roadmap.isHistorical,
                    .p(
                        .class("notice"),
                        .text(
                            context.t(
                                "Este secretariado ya está instalado. Se instaló antes de llevar su registro en la plataforma, por lo que sus diez pasos se muestran como historia concluida, sin fechas ni evidencias.",
                                "This secretariat is already installed. It was installed before its record was kept on the platform, so its ten steps are shown as concluded history, without dates or evidence."
                            )))),
                .if(
                    !model.roadmap.isHistorical && model.stl.status == .instalado,
                    .p(
                        .class("notice"),
                        .text(
                            context.t(
                                "Este secretariado quedó instalado: su ruta de instalación es ahora historia y no se modifica.",
                                "This secretariat has been installed: its installation roadmap is now history and does not change.")))),
                .section(
                    .h2(.text(context.t("Avance", "Progress"))),
                    .raw(InstallationProgressChart.svg(progress, context: context)),
                    .p(.text(context.t(progress.summary))),
                    .unwrap(model.roadmap.isInFormation ? progress.nextStep : nil) { next in
                        .p(
                            .text(context.t("Siguiente paso: ", "Next step: ")),
                            .a(
                                .href(SiteURL.installationStep(.value(model.stl.slug), .value(next.number)).path),
                                .text("\(next.number). \(context.t(next.title))")))
                    },
                    .p(.class("hint"), .text(context.t(InstallationStage.adaptabilityNote)))
                ),
                .forEach(InstallationStage.allCases) { stage in stageSection(stage) },
                installSection
            )
        }

        private func stageSection(_ stage: InstallationStage) -> Node<HTML.BodyContext> {
            .section(
                .h2(.text(context.t("Etapa \(stage.rawValue): \(context.t(stage.name))", "Stage \(stage.rawValue): \(context.t(stage.name))"))),
                .p(.class("muted"), .text(context.t(stage.purpose))),
                .forEach(stage.steps) { step in stepCard(step) }
            )
        }

        private func stepCard(_ step: InstallationStep) -> Node<HTML.BodyContext> {
            let record = model.roadmap.records[step.number]
            let evidence = model.roadmap.evidence(of: step.number)
            return .article(
                .class("card step"), .id("paso-\(step.number)"),
                .h3(
                    .a(
                        .href(SiteURL.installationStep(.value(model.stl.slug), .value(step.number)).path),
                        .text("\(step.number). \(context.t(step.title))")),
                    .text(" "), InstallationChrome.stepStatus(model.roadmap.status(of: step.number), context: context)),
                .dl(
                    .class("facts"),
                    .dt(.text(context.t("Responsables", "Responsible"))), .dd(.text(context.t(step.responsible))),
                    .dt(.text(context.t("¿Qué hacer?", "What to do"))), .dd(.text(context.t(step.whatToDo))),
                    .dt(.text(context.t("Resultado esperado", "Expected result"))), .dd(.text(context.t(step.expectedResult))),
                    .if(
                        record?.startedOn != nil || record?.concludedOn != nil,
                        .group(
                            .dt(.text(context.t("Fechas", "Dates"))),
                            .dd(
                                .text(
                                    context.t("Inicio: ", "Started: ") + InstallationChrome.date(record?.startedOn, context: context)
                                        + " · " + context.t("Conclusión: ", "Concluded: ")
                                        + InstallationChrome.date(record?.concludedOn, context: context)))
                        )),
                    .unwrap(record?.notes) { notes in .group(.dt(.text(context.t("Notas", "Notes"))), .dd(.text(notes))) },
                    .if(
                        !evidence.isEmpty,
                        .group(
                            .dt(.text(context.t("Evidencias", "Evidence"))),
                            .dd(
                                .ul(
                                    .forEach(evidence) { item in
                                        .li(
                                            InstallationChrome.link(item.url, text: item.title),
                                            .span(.class("muted"), .text(" (\(context.t(item.kind.label)))")))
                                    }))
                        ))
                ),
                .if(
                    model.canManage && model.roadmap.isInFormation,
                    .p(
                        .a(
                            .href(SiteURL.installationStep(.value(model.stl.slug), .value(step.number)).path),
                            .text(context.t("Actualizar este paso", "Update this step")))))
            )
        }

        private var installSection: Node<HTML.BodyContext> {
            .if(
                model.canInstall && model.roadmap.isInFormation,
                .section(
                    .h2(.text(context.t("Paso 10: instalar el STL", "Step 10: install the STL"))),
                    .p(
                        .text(
                            context.t(
                                "Concluye el paso 10 una vez celebrado el acto protocolario. Requiere el acta de instalación emitida y los pasos 1 a 9 concluidos; el estado del secretariado cambia de «en formación» a «instalado».",
                                "Concludes step 10 once the formal ceremony is held. It requires the issued installation act and steps 1 to 9 concluded; the secretariat's status changes from “being formed” to “installed”."
                            ))),
                    .if(
                        !missing.isEmpty,
                        .div(
                            .class("warning-box"), .id("install-missing"),
                            .p(.text(context.t("Todavía no se puede instalar. Falta:", "It cannot be installed yet. Missing:"))),
                            .ul(.forEach(missing) { item in .li(.text(context.t(item.message))) }))),
                    .if(
                        missing.isEmpty,
                        .form(
                            .class("stack"), .method(.post), .action(SiteURL.installationInstall(.value(model.stl.slug)).path),
                            CSRFField.node(context),
                            FormFields.text(
                                context.t("Fecha de instalación", "Installation date"), name: "installedOn", type: .date,
                                hint: context.t("Si se deja vacía, hoy.", "Today if left empty.")),
                            FormFields.submit(context.t("Instalar el STL", "Install the STL"))))
                ))
        }

        /// What installation still lacks (`InstallationReadiness`): the button is offered
        /// only when nothing is.
        private var missing: [InstallationReadiness.Missing] {
            InstallationReadiness.missing(statuses: model.roadmap.progress.statuses, actaIssued: model.roadmap.act != nil)
        }
    }
}

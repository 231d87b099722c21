import Foundation
import Plot
import SecretariadoCore

/// `/stl/{slug}/compromisos/{id}`: a commitment of the PAL — problem, objective, leads,
/// OGP values, milestones with their evidence, the completion level derived from them and
/// the STL's adjustment if any (both shown), and the history of its changes.
enum CommitmentPage {
    struct Model {
        let stl: Secretariat
        let plan: ActionPlan
        let commitment: Commitment
        let history: [AuditEntry]
        let canEdit: Bool
        /// The audit log's actors are e-mails: only those who may read the log see them.
        let canSeeActors: Bool
        let saved: Bool
        /// Each milestone's evidence files, in the order of the milestones.
        var milestoneDocuments: [AttachmentsSection.Model] = []
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            let slug = model.stl.slug
            let commitment = model.commitment
            let assessment = commitment.assessment
            return Layout.page(
                title: commitment.title + " · \(model.stl.name)", context: context,
                main: .group(
                    FollowUpChrome.nav(slug, current: .plan, context: context),
                    .p(.a(.href(SiteURL.actionPlan(.value(slug), .value(model.plan.id!)).path), .text(model.plan.title))),
                    .h1(.text(context.t("Compromiso \(commitment.number): ", "Commitment \(commitment.number): ") + commitment.title)),
                    FollowUpChrome.saved(model.saved, context: context),
                    .dl(
                        .class("facts"),
                        .dt(.text(context.t("Nivel de cumplimiento", "Completion level"))),
                        .dd(FollowUpChrome.level(assessment.level, context: context)),
                        .dt(.text(context.t("Según los hitos", "According to the milestones"))),
                        .dd(.text(context.t(assessment.derived.label))),
                        .if(
                            assessment.override != nil,
                            .group(
                                .dt(.text(context.t("Ajuste del STL", "STL adjustment"))),
                                .dd(
                                    .text(context.t(assessment.override?.label ?? assessment.derived.label)),
                                    .unwrap(assessment.reason) { reason in .p(.class("hint"), .text(context.t("Motivo: ", "Reason: ") + reason)) })
                            )),
                        .dt(.text(context.t("Problema público", "Public problem"))), .dd(.text(commitment.problem)),
                        .dt(.text(context.t("Objetivo", "Objective"))), .dd(.text(commitment.objective)),
                        .dt(.text(context.t("Institución responsable", "Lead institution"))), .dd(.text(commitment.leadInstitution)),
                        .dt(.text(context.t("OSC corresponsable", "Co-responsible CSO"))), .dd(.text(commitment.coResponsible)),
                        .dt(.text(context.t("Valores de gobierno abierto", "Open government values"))),
                        .dd(.text(commitment.values.map { context.t($0.label) }.joined(separator: ", ")))
                    ),
                    .h2(.text(context.t("Hitos", "Milestones"))),
                    .p(
                        .class("hint"),
                        .text(
                            context.t(
                                "Un hito cuenta como cumplido para el nivel sólo si tiene evidencia: el Mecanismo de Revisión Independiente valora lo verificable.",
                                "A milestone counts as done for the level only with evidence: the Independent Reporting Mechanism assesses what can be verified."
                            ))),
                    commitment.milestones.isEmpty
                        ? .p(.class("muted"), .text(context.t("Sin hitos todavía.", "No milestones yet.")))
                        : milestones,
                    AttachmentsList.node(
                        context.t("Evidencias de los hitos (archivos)", "Milestone evidence (files)"), model.milestoneDocuments, context: context),
                    .if(model.canEdit, .group(addMilestoneForm, levelForm)),
                    history
                ))
        }

        private var milestones: Node<HTML.BodyContext> {
            .table(
                .thead(
                    .tr(
                        FollowUpChrome.th("#"),
                        FollowUpChrome.th(context.t("Hito", "Milestone")),
                        FollowUpChrome.th(context.t("Fecha programada", "Planned date")),
                        FollowUpChrome.th(context.t("Estado", "Status")),
                        FollowUpChrome.th(context.t("Evidencias", "Evidence"))
                    )),
                .tbody(
                    .forEach(model.commitment.milestones) { milestone in
                        .tr(
                            .td(.text("\(milestone.position)")),
                            .td(.text(milestone.title), .if(model.canEdit, milestoneForm(milestone))),
                            .td(.text(FollowUpChrome.date(milestone.dueOn, context))),
                            .td(
                                milestone.done
                                    ? .group(
                                        .span(.class("badge ok"), .text(context.t("Cumplido", "Done"))),
                                        .unwrap(milestone.doneOn) { date in .p(.class("hint"), .text(FollowUpChrome.date(date, context))) })
                                    : .span(.class("badge warn"), .text(context.t("Pendiente", "Pending")))),
                            .td(milestone.evidenceLinks.isEmpty ? .text("—") : FollowUpChrome.links(milestone.evidenceLinks))
                        )
                    })
            )
        }

        private func milestoneForm(_ milestone: Milestone) -> Node<HTML.BodyContext> {
            let id = milestone.id!.uuidString
            return .element(
                named: "details",
                nodes: [
                    .element(
                        named: "summary",
                        text: context.t("Registrar avance del hito \(milestone.position)", "Record progress of milestone \(milestone.position)")),
                    SessionForms.post(
                        SiteURL.milestone(.value(model.stl.slug), .value(model.commitment.id!), .value(milestone.id!)).path, context: context,
                        button: context.t("Guardar hito", "Save milestone"),
                        FormFields.select(
                            context.t("Estado", "Status"), name: "done", id: "done-\(id)",
                            options: [("false", context.t("Pendiente", "Pending")), ("true", context.t("Cumplido", "Done"))],
                            selected: milestone.done ? "true" : "false"),
                        FormFields.text(
                            context.t("Fecha de cumplimiento", "Date done"), name: "doneOn", id: "doneOn-\(id)", type: .date,
                            value: milestone.doneOn.map(RecordTime.localDate),
                            hint: context.t("AAAA-MM-DD; si se deja vacía, hoy", "YYYY-MM-DD; today if left empty")),
                        SessionForms.textarea(
                            context.t("Evidencias (enlaces, uno por línea)", "Evidence (links, one per line)"), name: "evidenceLinks",
                            id: "evidence-\(id)", value: milestone.evidenceLinks.joined(separator: "\n"), rows: 2)
                    ),
                ])
        }

        private var addMilestoneForm: Node<HTML.BodyContext> {
            .section(
                .h2(.text(context.t("Agregar un hito", "Add a milestone"))),
                SessionForms.post(
                    SiteURL.commitmentMilestones(.value(model.stl.slug), .value(model.commitment.id!)).path, context: context,
                    button: context.t("Agregar hito", "Add milestone"),
                    FormFields.text(context.t("Hito", "Milestone"), name: "title", id: "milestone-title", required: true),
                    FormFields.text(
                        context.t("Fecha programada", "Planned date"), name: "dueOn", id: "milestone-dueOn", type: .date,
                        hint: context.t("AAAA-MM-DD", "YYYY-MM-DD"))
                )
            )
        }

        private var levelForm: Node<HTML.BodyContext> {
            let commitment = model.commitment
            return .section(
                .h2(.text(context.t("Ajustar el nivel de cumplimiento", "Adjust the completion level"))),
                .p(
                    .class("hint"),
                    .text(
                        context.t(
                            "Si el STL valora el avance de otra forma que los hitos, registra el nivel y el motivo; ambos quedan a la vista. Elige «Seguir los hitos» para quitar el ajuste.",
                            "If the STL judges progress differently from the milestones, record the level and the reason; both stay visible. Choose “Follow the milestones” to remove the adjustment."
                        ))),
                SessionForms.post(
                    SiteURL.commitmentLevel(.value(model.stl.slug), .value(commitment.id!)).path, context: context,
                    button: context.t("Guardar nivel", "Save level"),
                    FormFields.select(
                        context.t("Nivel", "Level"), name: "levelOverride",
                        options: [("", context.t("Seguir los hitos", "Follow the milestones"))]
                            + CompletionLevel.allCases.map { ($0.rawValue, context.t($0.label)) },
                        selected: commitment.levelOverride?.rawValue ?? ""),
                    SessionForms.textarea(context.t("Motivo", "Reason"), name: "overrideReason", value: commitment.overrideReason, rows: 2)
                )
            )
        }

        private var history: Node<HTML.BodyContext> {
            .section(
                .h2(.text(context.t("Historial de cambios", "Change history"))),
                model.history.isEmpty
                    ? .p(.class("muted"), .text(context.t("Sin cambios registrados.", "No recorded changes.")))
                    : .ol(
                        .class("history"),
                        .forEach(model.history) { entry in
                            .li(
                                .element(
                                    named: "time",
                                    nodes: [
                                        .attribute(named: "datetime", value: RecordTime.timestamp(entry.at)),
                                        .text(MexicanFormat.dateTime(entry.at, language: context.language)),
                                    ]),
                                .text(" — " + entry.summary),
                                .if(model.canSeeActors, .span(.class("muted"), .text(" (\(entry.actor))")))
                            )
                        })
            )
        }
    }
}

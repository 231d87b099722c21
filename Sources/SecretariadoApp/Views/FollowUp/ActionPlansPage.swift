import Foundation
import Plot
import SecretariadoCore

/// `/stl/{slug}/plan-de-accion`: the STL's Planes de Acción Local, each with its
/// commitments and their level, and the form to register a new plan.
enum ActionPlansPage {
    struct Model {
        let stl: Secretariat
        let plans: [PlanWithCommitments]
        let canEdit: Bool
        let saved: Bool
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            let slug = model.stl.slug
            return Layout.page(
                title: context.t("Plan de Acción Local", "Local Action Plan") + " · \(model.stl.name)", context: context,
                main: .group(
                    FollowUpChrome.nav(slug, current: .plan, context: context),
                    .h1(.text(context.t("Plan de Acción Local — STL de \(model.stl.name)", "Local Action Plan — STL of \(model.stl.name)"))),
                    FollowUpChrome.saved(model.saved, context: context),
                    .p(
                        .text(
                            context.t(
                                "Los compromisos que el STL definió con su ruta de trabajo y su estrategia de participación, y el seguimiento de su implementación. El nivel de cumplimiento usa la escala del Mecanismo de Revisión Independiente de la Alianza para el Gobierno Abierto.",
                                "The commitments the STL defined through its work route and participation strategy, and the follow-up of their implementation. Completion uses the scale of the Open Government Partnership's Independent Reporting Mechanism."
                            ))),
                    FollowUpChrome.downloads(
                        [
                            (context.t("Compromisos (CSV)", "Commitments (CSV)"), APIURL.commitmentsCSV(.value(slug)).path),
                            (context.t("Hitos (CSV)", "Milestones (CSV)"), APIURL.milestonesCSV(.value(slug)).path),
                            ("JSON", APIURL.actionPlans(.value(slug)).path),
                        ], context: context),
                    model.plans.isEmpty
                        ? .p(
                            .class("muted"),
                            .text(context.t("Este STL aún no registra un plan de acción.", "This STL has not recorded an action plan yet.")))
                        : .empty,
                    .forEach(model.plans) { data in PlanParts.summary(data, slug: slug, context: context, heading: true) },
                    .if(model.canEdit, form)
                ))
        }

        private var form: Node<HTML.BodyContext> {
            .section(
                .h2(.text(context.t("Registrar un plan de acción", "Register an action plan"))),
                SessionForms.post(
                    SiteURL.actionPlans(.value(model.stl.slug)).path, context: context, button: context.t("Registrar plan", "Register plan"),
                    FormFields.text(
                        context.t("Título", "Title"), name: "title", required: true,
                        hint: context.t("Por ejemplo: Plan de Acción Local 2026–2027", "For example: Local Action Plan 2026–2027")),
                    SessionForms.textarea(context.t("Descripción", "Description"), name: "description", value: nil, rows: 3),
                    FormFields.text(
                        context.t("Inicio del periodo", "Period start"), name: "startsOn", type: .date, required: true,
                        hint: context.t("AAAA-MM-DD", "YYYY-MM-DD")),
                    FormFields.text(
                        context.t("Fin del periodo", "Period end"), name: "endsOn", type: .date, required: true,
                        hint: context.t("AAAA-MM-DD", "YYYY-MM-DD"))
                )
            )
        }
    }
}

/// Pieces shared by the plans list and a plan's page.
enum PlanParts {
    static func period(_ plan: ActionPlan, _ context: PageContext) -> String {
        FollowUpChrome.date(plan.startsOn, context) + " – " + FollowUpChrome.date(plan.endsOn, context)
    }

    /// A plan's heading, period and commitments table.
    static func summary(_ data: PlanWithCommitments, slug: String, context: PageContext, heading: Bool) -> Node<HTML.BodyContext> {
        .section(
            .if(heading, .h2(.a(.href(SiteURL.actionPlan(.value(slug), .value(data.plan.id!)).path), .text(data.plan.title)))),
            .p(.class("muted"), .text(context.t("Periodo: ", "Period: ") + period(data.plan, context))),
            data.commitments.isEmpty
                ? .p(.class("muted"), .text(context.t("Sin compromisos todavía.", "No commitments yet.")))
                : .table(
                    .thead(
                        .tr(
                            FollowUpChrome.th("#"),
                            FollowUpChrome.th(context.t("Compromiso", "Commitment")),
                            FollowUpChrome.th(context.t("Responsables", "Leads")),
                            FollowUpChrome.th(context.t("Hitos cumplidos", "Milestones done")),
                            FollowUpChrome.th(context.t("Nivel de cumplimiento", "Completion level"))
                        )),
                    .tbody(
                        .forEach(data.commitments) { commitment in
                            .tr(
                                .td(.text("\(commitment.number)")),
                                .td(.a(.href(SiteURL.commitment(.value(slug), .value(commitment.id!)).path), .text(commitment.title))),
                                .td(.text(commitment.leadInstitution), .p(.class("hint"), .text(commitment.coResponsible))),
                                .td(
                                    .text(
                                        context.t(
                                            "\(commitment.milestones.filter(\.done).count) de \(commitment.milestones.count)",
                                            "\(commitment.milestones.filter(\.done).count) of \(commitment.milestones.count)"))),
                                .td(FollowUpChrome.assessment(commitment.assessment, context: context))
                            )
                        })
                )
        )
    }
}

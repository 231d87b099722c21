import Foundation
import Plot
import SecretariadoCore

/// `/stl/{slug}/plan-de-accion/{id}`: one plan, its commitments, and the form to add one.
enum ActionPlanPage {
    struct Model {
        let stl: Secretariat
        let data: PlanWithCommitments
        let canEdit: Bool
        let saved: Bool
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            let slug = model.stl.slug
            let plan = model.data.plan
            return Layout.page(
                title: "\(plan.title) · \(model.stl.name)", context: context,
                main: .group(
                    FollowUpChrome.nav(slug, current: .plan, context: context),
                    .h1(.text(plan.title)),
                    FollowUpChrome.saved(model.saved, context: context),
                    .unwrap(plan.description) { text in .p(.text(text)) },
                    PlanParts.summary(model.data, slug: slug, context: context, heading: false),
                    .if(model.canEdit, form),
                    .p(.a(.href(SiteURL.actionPlans(.value(slug)).path), .text(context.t("Todos los planes", "All plans"))))
                ))
        }

        private var form: Node<HTML.BodyContext> {
            .section(
                .h2(.text(context.t("Agregar un compromiso", "Add a commitment"))),
                SessionForms.post(
                    SiteURL.planCommitments(.value(model.stl.slug), .value(model.data.plan.id!)).path, context: context,
                    button: context.t("Agregar compromiso", "Add commitment"),
                    FormFields.text(context.t("Compromiso", "Commitment"), name: "title", required: true),
                    SessionForms.textarea(
                        context.t("Problema público que atiende", "Public problem it addresses") + " *", name: "problem", value: nil, rows: 3),
                    SessionForms.textarea(context.t("Objetivo", "Objective") + " *", name: "objective", value: nil, rows: 3),
                    FormFields.text(context.t("Institución responsable", "Lead institution"), name: "leadInstitution", required: true),
                    FormFields.text(
                        context.t("Organización de la sociedad civil corresponsable", "Co-responsible civil-society organisation"),
                        name: "coResponsible", required: true),
                    .fieldset(
                        .element(
                            named: "legend",
                            text: context.t("Valores de la Alianza para el Gobierno Abierto *", "Open Government Partnership values *")),
                        .forEach(OGPValue.allCases) { value in
                            SessionForms.checkbox(context.t(value.label), name: "ogp_\(value.rawValue)", id: "ogp-\(value.rawValue)")
                        }
                    )
                )
            )
        }
    }
}

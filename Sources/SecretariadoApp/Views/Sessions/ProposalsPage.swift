import Foundation
import Plot
import SecretariadoCore

/// `/stl/{slug}/propuestas`: members' proposals for the agenda, and the form to add one.
/// Whoever integrates proposals may decline a pending one, with a reason shown to every
/// member who reads the page.
enum ProposalsPage {
    struct Model {
        let stl: Secretariat
        let proposals: [AgendaProposal]
        let canPropose: Bool
        /// Whoever runs the STL's sessions (and so integrates proposals) may decline one.
        let canDecline: Bool
        let saved: Bool
        var declined = false
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            let slug = model.stl.slug
            return Layout.page(
                title: context.t("Propuestas", "Proposals") + " · \(model.stl.name)", context: context,
                main: .group(
                    StlMenu.nav(slug, id: model.stl.id, current: .proposals, context: context),
                    .h1(.text(context.t("Propuestas para el orden del día — STL \(model.stl.name)", "Agenda proposals — STL \(model.stl.name)"))),
                    .if(
                        model.saved,
                        .p(
                            .class("notice"), .attribute(named: "role", value: "status"),
                            .text(context.t("Propuesta registrada.", "Proposal recorded.")))),
                    .if(
                        model.declined,
                        .p(
                            .class("notice"), .attribute(named: "role", value: "status"),
                            .text(
                                context.t(
                                    "Propuesta descartada; se avisó a quien la hizo.", "Proposal dismissed; its author was told.")))),
                    .p(
                        .class("hint"),
                        .text(
                            context.t(
                                "La persona facilitadora integra estas propuestas al orden del día al conducir una sesión convocada.",
                                "The facilitator adds these proposals to the agenda when running a convened session."))),
                    .if(model.proposals.isEmpty, .p(.class("muted"), .text(context.t("Sin propuestas.", "No proposals.")))),
                    .if(
                        !model.proposals.isEmpty,
                        .table(
                            .thead(
                                .tr(
                                    .th(.attribute(named: "scope", value: "col"), .text(context.t("Propuesta", "Proposal"))),
                                    .th(.attribute(named: "scope", value: "col"), .text(context.t("Propone", "Proposed by"))),
                                    .th(.attribute(named: "scope", value: "col"), .text(context.t("Estado", "Status")))
                                )),
                            .tbody(
                                .forEach(model.proposals) { proposal in
                                    .tr(
                                        .td(
                                            .strong(.text(proposal.title)),
                                            .unwrap(proposal.description) { text in .p(.text(text)) },
                                            .if(
                                                !proposal.links.isEmpty,
                                                .ul(
                                                    .forEach(proposal.links) { link in
                                                        .li(.a(.href(link), .attribute(named: "rel", value: "nofollow noopener"), .text(link)))
                                                    }))),
                                        .td(.text(proposal.proposedBy + (proposal.sector.map { " (\(SessionText.sector($0, context)))" } ?? ""))),
                                        statusCell(proposal)
                                    )
                                })
                        )),
                    .if(
                        model.canPropose,
                        .section(
                            .h2(.text(context.t("Proponer un punto", "Propose a point"))),
                            SessionForms.post(
                                SiteURL.proposals(.value(slug)).path, context: context, button: context.t("Enviar propuesta", "Send proposal"),
                                FormFields.text(context.t("Título", "Title"), name: "title", required: true),
                                SessionForms.textarea(context.t("Descripción", "Description"), name: "description", value: nil),
                                SessionForms.textarea(
                                    context.t("Anexos (enlaces, uno por línea)", "Attachments (links, one per line)"), name: "links", value: nil,
                                    rows: 2)
                            )
                        ))
                ))
        }

        /// The status, the session that took it or the reason it was declined, and the
        /// facilitator's form to decline it while pending.
        private func statusCell(_ proposal: AgendaProposal) -> Node<HTML.TableRowContext> {
            let slug = model.stl.slug
            let session: Node<HTML.BodyContext> = .unwrap(proposal.sessionID) { id in
                .p(.a(.href(SiteURL.session(.value(slug), .value(id)).path), .text(context.t("ver sesión", "see session"))))
            }
            let reason: Node<HTML.BodyContext> =
                proposal.status == .descartada
                ? .unwrap(proposal.declineReason) { text in .p(.text(context.t("Motivo: ", "Reason: ") + text)) }
                : .empty
            let form: Node<HTML.BodyContext> = model.canDecline && proposal.status == .pendiente ? declineForm(proposal) : .empty
            return .td(.text(context.t(proposal.status.label)), session, reason, form)
        }

        /// One small form per pending proposal; its field ids carry the proposal's id so
        /// that an error lands beside the right «Motivo».
        private func declineForm(_ proposal: AgendaProposal) -> Node<HTML.BodyContext> {
            guard let id = proposal.id else { return .empty }
            return .form(
                .class("stack"), .method(.post), .action(SiteURL.proposalDecline(.value(model.stl.slug), .value(id)).path),
                CSRFField.node(context),
                FormFields.textarea(
                    context.t("Motivo", "Reason"), name: "reason", id: "f-reason-\(id.uuidString)",
                    rows: 2, required: true),
                .div(
                    .button(
                        .type(.submit), .class("secondary"),
                        .attribute(named: "aria-label", value: context.t("Declinar «\(proposal.title)»", "Decline “\(proposal.title)”")),
                        .text(context.t("Declinar", "Decline"))))
            )
        }
    }
}

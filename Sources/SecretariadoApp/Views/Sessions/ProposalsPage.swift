import Foundation
import Plot
import SecretariadoCore

/// `/stl/{slug}/propuestas`: members' proposals for the agenda, and the form to add one.
enum ProposalsPage {
    struct Model {
        let stl: Secretariat
        let proposals: [AgendaProposal]
        let canPropose: Bool
        let saved: Bool
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            let slug = model.stl.slug
            return Layout.page(title: context.t("Propuestas", "Proposals") + " · \(model.stl.name)", context: context, main: .group(
                .h1(.text(context.t("Propuestas para el orden del día — STL \(model.stl.name)", "Agenda proposals — STL \(model.stl.name)"))),
                .if(model.saved, .p(.class("notice"), .attribute(named: "role", value: "status"), .text(context.t("Propuesta registrada.", "Proposal recorded.")))),
                .p(.a(.href(SiteURL.sessions(.value(slug)).path), .text(context.t("Sesiones", "Sessions")))),
                .if(model.proposals.isEmpty, .p(.class("muted"), .text(context.t("Sin propuestas.", "No proposals.")))),
                .if(!model.proposals.isEmpty, .table(
                    .thead(.tr(
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Propuesta", "Proposal"))),
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Propone", "Proposed by"))),
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Estado", "Status")))
                    )),
                    .tbody(.forEach(model.proposals) { proposal in
                        .tr(
                            .td(.strong(.text(proposal.title)),
                                .unwrap(proposal.description) { text in .p(.text(text)) },
                                .if(!proposal.links.isEmpty, .ul(.forEach(proposal.links) { link in
                                    .li(.a(.href(link), .attribute(named: "rel", value: "nofollow noopener"), .text(link)))
                                }))),
                            .td(.text(proposal.proposedBy + (proposal.sector.map { " (\(SessionText.sector($0, context)))" } ?? ""))),
                            .td(.text(context.t(proposal.status.label)),
                                .unwrap(proposal.sessionID) { id in
                                    .p(.a(.href(SiteURL.session(.value(slug), .value(id)).path), .text(context.t("ver sesión", "see session"))))
                                })
                        )
                    })
                )),
                .if(model.canPropose, .section(
                    .h2(.text(context.t("Proponer un punto", "Propose a point"))),
                    SessionForms.post(
                        SiteURL.proposals(.value(slug)).path, context: context, button: context.t("Enviar propuesta", "Send proposal"),
                        FormFields.text(context.t("Título", "Title"), name: "title", required: true),
                        SessionForms.textarea(context.t("Descripción", "Description"), name: "description", value: nil),
                        SessionForms.textarea(context.t("Anexos (enlaces, uno por línea)", "Attachments (links, one per line)"), name: "links", value: nil, rows: 2)
                    )
                ))
            ))
        }
    }
}

/// `/stl/{slug}/acuerdos`: every acuerdo of the STL with its owner, due date and status
/// (facilitator function 9: disseminate the agreements).
enum AgreementsPage {
    struct Model {
        let stl: Secretariat
        let agreements: [Agreement]
        let sessions: [UUID: StlSession]
        let canUpdate: Bool
        let saved: Bool
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            let slug = model.stl.slug
            return Layout.page(title: context.t("Acuerdos", "Agreements") + " · \(model.stl.name)", context: context, main: .group(
                .h1(.text(context.t("Acuerdos del STL de \(model.stl.name)", "Agreements of the STL of \(model.stl.name)"))),
                .if(model.saved, .p(.class("notice"), .attribute(named: "role", value: "status"), .text(context.t("Cambios guardados.", "Changes saved.")))),
                .p(.a(.href(SiteURL.sessions(.value(slug)).path), .text(context.t("Sesiones", "Sessions"))),
                   .text(" · "), .a(.href(APIURL.agreements(.value(slug)).path), .text(context.t("Datos abiertos (JSON)", "Open data (JSON)")))),
                .if(model.agreements.isEmpty, .p(.class("muted"), .text(context.t("Sin acuerdos.", "No agreements.")))),
                .if(!model.agreements.isEmpty, .table(
                    .thead(.tr(
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Clave", "Code"))),
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Acuerdo", "Agreement"))),
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Responsable", "Owner"))),
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Fecha compromiso", "Due"))),
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Estado", "Status")))
                    )),
                    .tbody(.forEach(model.agreements) { agreement in
                        .tr(
                            .td(.text(agreement.code)),
                            .td(.text(agreement.title),
                                .unwrap(agreement.$session.id.flatMap { model.sessions[$0] }) { session in
                                    .p(.class("hint"), .a(.href(SiteURL.session(.value(slug), .value(session.id!)).path), .text(session.title(context.language))))
                                }),
                            .td(.text(SessionText.owner(agreement, context))),
                            .td(.text(agreement.dueOn.map { MexicanFormat.date($0, language: context.language) } ?? "—")),
                            .td(model.canUpdate
                                ? SessionForms.post(
                                    SiteURL.agreementStatus(.value(slug), .value(agreement.id!)).path, context: context, classes: "inline",
                                    button: context.t("Actualizar", "Update"), secondary: true,
                                    FormFields.select(context.t("Estado de \(agreement.code)", "Status of \(agreement.code)"), name: "status",
                                                      id: "status-\(agreement.id!.uuidString)",
                                                      options: AgreementStatus.allCases.map { ($0.rawValue, context.t($0.label)) },
                                                      selected: agreement.status.rawValue))
                                : .text(context.t(agreement.status.label)))
                        )
                    })
                ))
            ))
        }
    }
}

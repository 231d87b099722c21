import Foundation
import Plot
import SecretariadoCore

/// `/stl/{slug}/acuerdos/{id}`: one acuerdo with its follow-up notes and evidence, and the
/// form to record progress (a note, optionally changing the status).
enum AgreementPage {
    struct Model {
        let stl: Secretariat
        let row: AgreementRow
        let canEdit: Bool
        let saved: Bool
        /// The agreement's documents (evidence, the signed agreement).
        var attachments: AttachmentsSection.Model? = nil
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            let slug = model.stl.slug
            let agreement = model.row.agreement
            return Layout.page(
                title: "\(agreement.code) · \(model.stl.name)", context: context,
                main: .group(
                    FollowUpChrome.nav(slug, current: .agreements, context: context),
                    .h1(.text("\(agreement.code): \(agreement.title)")),
                    FollowUpChrome.saved(model.saved, context: context),
                    .p(
                        FollowUpChrome.status(model.row.status, context: context),
                        .if(
                            model.row.isOverdue,
                            .text(
                                " "
                                    + context.t(
                                        "La fecha compromiso ya pasó y el acuerdo sigue abierto.",
                                        "The due date has passed and the agreement is still open.")))),
                    .dl(
                        .class("facts"),
                        .dt(.text(context.t("Responsable", "Owner"))), .dd(.text(SessionText.owner(agreement, context))),
                        .dt(.text(context.t("Fecha compromiso", "Due date"))), .dd(.text(FollowUpChrome.date(agreement.dueOn, context))),
                        .dt(.text(context.t("Origen", "Origin"))),
                        .dd(
                            .unwrap(
                                model.row.session,
                                { session in
                                    .a(.href(SiteURL.session(.value(slug), .value(session.id!)).path), .text(session.title(context.language)))
                                }, else: .text(context.t("Registrado directamente", "Entered directly"))))
                    ),
                    .unwrap(agreement.description) { text in .p(.text(text)) },
                    .h2(.text(context.t("Seguimiento", "Follow-up"))),
                    model.row.notes.isEmpty
                        ? .p(.class("muted"), .text(context.t("Sin notas de seguimiento.", "No follow-up notes.")))
                        : .ol(
                            .class("notes"),
                            .forEach(model.row.notes) { note in
                                .li(
                                    .p(
                                        .strong(.text(FollowUpChrome.date(note.notedOn, context))), .text(" · \(note.author)"),
                                        .unwrap(note.status) { status in .group(.text(" · "), FollowUpChrome.status(status, context: context)) }),
                                    .p(.text(note.text)),
                                    FollowUpChrome.links(note.evidenceLinks)
                                )
                            }),
                    .if(model.canEdit, noteForm),
                    .unwrap(model.attachments) { AttachmentsSection.node($0, context: context) },
                    .p(.a(.href(SiteURL.agreements(.value(slug)).path), .text(context.t("Todos los acuerdos", "All agreements"))))
                ))
        }

        private var noteForm: Node<HTML.BodyContext> {
            let agreement = model.row.agreement
            return .section(
                .h2(.text(context.t("Registrar avance", "Record progress"))),
                SessionForms.post(
                    SiteURL.agreementNotes(.value(model.stl.slug), .value(agreement.id!)).path, context: context,
                    button: context.t("Guardar seguimiento", "Save follow-up"),
                    FormFields.text(
                        context.t("Fecha", "Date"), name: "notedOn", type: .date, value: RecordTime.localDate(Date()),
                        hint: context.t("AAAA-MM-DD", "YYYY-MM-DD")),
                    SessionForms.textarea(context.t("Nota de seguimiento", "Follow-up note") + " *", name: "text", value: nil, rows: 3),
                    SessionForms.textarea(
                        context.t("Evidencias (enlaces, uno por línea)", "Evidence (links, one per line)"), name: "evidenceLinks", value: nil, rows: 2
                    ),
                    FormFields.select(
                        context.t("Estado", "Status"), name: "status",
                        options: AgreementStatus.settable.map { ($0.rawValue, context.t($0.label)) },
                        selected: agreement.status.rawValue)
                )
            )
        }
    }
}

import Foundation
import Plot
import SecretariadoCore

/// `/stl/{slug}/sesiones/{id}/minuta`: the minutes as a document to read or print. A
/// finalised minute is drawn from its stored canonical document — exactly what was hashed
/// and signed — never from tables that could have changed since.
enum MinutesPage {
    struct Model {
        let data: SessionData
        let document: MinutesDocument
        let isFinal: Bool
    }

    struct View {
        let model: Model
        let context: PageContext

        private var doc: MinutesDocument { model.document }

        /// "sociedad_civil-2" → "Sociedad civil 2".
        private func seat(_ label: String) -> String {
            guard let dash = label.lastIndex(of: "-") else { return label }
            return "\(SessionText.sector(String(label[..<dash]), context)) \(label[label.index(after: dash)...])"
        }

        var html: HTML {
            let title = context.t("Minuta", "Minutes") + " — \(model.data.session.title(context.language))"
            return Layout.page(
                title: title, context: context,
                main: .article(
                    .class("minutes"),
                    .div(.class("noprint"), StlMenu.nav(doc.secretariat.slug, id: model.data.stl.id, current: .sessions, context: context)),
                    .p(
                        .class("noprint"),
                        .a(
                            .href(SiteURL.session(.value(doc.secretariat.slug), .value(model.data.session.id!)).path),
                            .text(context.t("Volver a la sesión", "Back to the session")))),
                    PrintedDocument.toolbar(context),
                    PrintedDocument.identityLine(identityLine),
                    // The record is kept as it was written and signed: in Spanish.
                    .if(
                        context.language == .en,
                        .p(
                            .class("hint noprint"),
                            .text(
                                "The minutes are the record as written and signed, in Spanish: the quorum and vote explanations below are quoted from it."
                            ))),
                    .if(
                        !model.isFinal,
                        .p(
                            .class("error-box"),
                            .text(context.t("BORRADOR: esta minuta aún no está finalizada.", "DRAFT: these minutes are not final yet.")))),
                    .h1(
                        .text(context.t("Minuta de la \(model.data.session.title(.es).lowercased())", "Minutes of \(model.data.session.title(.en))"))),
                    .p(
                        .strong(
                            .text(
                                context.t(
                                    "Secretariado Técnico Local de \(doc.secretariat.name)", "Local Technical Secretariat of \(doc.secretariat.name)")
                            ))),
                    .dl(
                        .class("facts"),
                        .dt(.text(context.t("Fecha", "Date"))), .dd(.text(SessionText.when(model.data.session, context))),
                        .dt(.text(context.t("Lugar", "Place"))), .dd(.text(doc.session.place)),
                        .dt(.text(context.t("Modalidad", "Modality"))),
                        .dd(.text(SessionModality(rawValue: doc.session.modality).map { context.t($0.label) } ?? doc.session.modality)),
                        .dt(.text(context.t("Facilitación", "Facilitator"))), .dd(.text(doc.facilitator))
                    ),
                    .h2(.text(context.t("Asistencia", "Attendance"))),
                    .ul(
                        .forEach(doc.attendance) { line in
                            .li(
                                .text(
                                    "\(seat(line.seat)): \(Attendance(rawValue: line.attendance).map { SessionParts.attendanceLabel($0, context) } ?? line.attendance)"
                                        + (line.attendee.map { " — \($0)" } ?? "")))
                        }),
                    .p(.text(doc.quorum.explanation)),
                    .h2(.text(context.t("Orden del día y desarrollo", "Agenda and proceedings"))),
                    .ol(
                        .forEach(doc.agenda) { item in
                            .li(
                                .h3(.text(item.title)),
                                .unwrap(item.description) { text in .p(.text(text)) },
                                .unwrap(item.proposedBy) { who in .p(.class("hint"), .text(context.t("Propuesto por \(who)", "Proposed by \(who)")))
                                },
                                .unwrap(item.discussion) { text in .p(.text(text)) },
                                .forEach(item.motions) { motion in
                                    .div(
                                        .class("motion"),
                                        .h4(.text(context.t("Moción: ", "Motion: ") + motion.title)),
                                        .p(.text(motion.explanation)),
                                        .p(
                                            .class("hint"),
                                            .text(
                                                motion.votes.map { vote in
                                                    "\(seat(vote.seat)) (\(HolderRole(rawValue: vote.holderRole).map { context.t($0.label).lowercased() } ?? vote.holderRole)): "
                                                        + (VoteOption(rawValue: vote.option).map { context.t($0.label) } ?? vote.option)
                                                }.joined(separator: "; ")))
                                    )
                                }
                            )
                        }),
                    .h2(.text(context.t("Acuerdos", "Agreements"))),
                    .if(doc.agreements.isEmpty, .p(.class("muted"), .text(context.t("Sin acuerdos.", "No agreements.")))),
                    .ul(
                        .forEach(doc.agreements) { a in
                            .li(
                                .strong(.text(a.code)),
                                .text(
                                    " \(a.title) — \(context.t("responsable", "owner")): \(a.owner)"
                                        + (a.dueOn.map {
                                            ", \(context.t("fecha compromiso", "due")) \(MexicanFormat.date(iso: $0, language: context.language))"
                                        } ?? "")))
                        }),
                    .unwrap(doc.notes) { notes in .group(.h2(.text(context.t("Notas", "Notes"))), .p(.text(notes))) },
                    .if(
                        model.isFinal,
                        .group(
                            .unwrap(model.data.minutes) { SessionParts.digest($0, context: context) },
                            SessionParts.signatures(model.data, context: context),
                            PrintedDocument.signatureLines(
                                doc.paperSigners.map { signer in
                                    PrintedDocument.Signer(
                                        name: signer.name,
                                        capacity: signer.seat.map { seatLabel in
                                            seat(seatLabel)
                                                + (signer.attendance.flatMap(HolderRole.init(rawValue:)).map {
                                                    " (\(context.t($0.label).lowercased()))"
                                                } ?? "")
                                        } ?? context.t("Facilitación", "Facilitator"))
                                }, context: context)
                        )),
                    PrintedDocument.identity(identity, context: context)
                ))
        }

        private var digest: String? { model.isFinal ? model.data.minutes?.digest : nil }

        /// The record's digest and where its verifiable copies live, written out in full.
        private var identity: [PrintedDocument.Fact] {
            let slug = doc.secretariat.slug
            var facts = [PrintedDocument.Fact]()
            if let digest {
                facts.append(.init(label: context.t("SHA-256 del documento canónico", "SHA-256 of the canonical document"), value: digest))
            } else {
                facts.append(
                    .init(
                        label: "SHA-256",
                        value: context.t("Sin resumen: la minuta aún no está finalizada.", "No digest: the minutes are not final yet."), code: false))
            }
            facts.append(
                .init(
                    label: context.t("Minuta", "Minutes"),
                    value: MailSite.absolute(SiteURL.sessionMinutes(.value(slug), .value(model.data.session.id!)).path)))
            facts.append(
                .init(
                    label: context.t("Archivo verificable del STL", "The STL's verifiable archive"),
                    value: MailSite.absolute(APIURL.archive(.value(slug)).path)))
            return facts
        }

        private var identityLine: String {
            "\(context.t("Minuta", "Minutes")) · \(doc.secretariat.name) · \(model.data.session.title(context.language))"
                + (digest.map { " · SHA-256 \(PrintedDocument.shortDigest($0))" } ?? " · " + context.t("BORRADOR", "DRAFT"))
        }
    }
}

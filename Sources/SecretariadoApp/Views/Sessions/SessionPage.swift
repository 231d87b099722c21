import Foundation
import Plot
import SecretariadoCore

/// `/stl/{slug}/sesiones/{id}`: the public record of a session — agenda, attendance and
/// quorum, votes with their outcomes and explanations, agreements, and the signed minutes —
/// plus the vote and signature forms for the representative who sat for a seat.
enum SessionPage {
    struct Model {
        let data: SessionData
        let canConduct: Bool
        /// Whether the viewer may read the draft minutes (the STL's members).
        var canReadDrafts: Bool = false
        /// For a member: the seat they vote or sign for at this session, or why not.
        let admission: Admission?
        let saved: Bool
        /// Before a convened session starts: when its attendance, motions and votes open.
        var opens: Localized? = nil
        /// The session's documents and the minutes' annexes and signed scan.
        var attachments: [AttachmentsSection.Model] = []

        var mySeat: Seat? { admission?.voteSeat }

        var slug: String { data.stl.slug }
        var sessionID: UUID { data.session.id! }
        var canSign: Bool {
            guard let seat = admission?.signSeat, data.isFinal else { return false }
            return !data.signatures.contains { $0.$seat.id == seat.id }
        }

        func myVote(on motion: Motion) -> Vote? {
            guard let mySeat else { return nil }
            return data.votes(of: motion).first { $0.$seat.id == mySeat.id }
        }
    }

    /// `SeatAdmission`'s answer for the viewer, with the seats as the page names them.
    struct Admission {
        let voteSeat: Seat?
        let signSeat: Seat?
        let refusal: SeatAdmission.Reason?
    }

    struct View {
        let model: Model
        let context: PageContext

        private var data: SessionData { model.data }
        private var session: StlSession { data.session }

        var html: HTML {
            Layout.page(
                title: "\(session.title(context.language)) · \(data.stl.name)", context: context,
                main: .group(
                    StlMenu.nav(model.slug, id: data.stl.id, current: .sessions, context: context),
                    .h1(.text("\(session.title(context.language)) — STL \(data.stl.name)")),
                    .if(
                        model.saved,
                        .p(.class("notice"), .attribute(named: "role", value: "status"), .text(context.t("Cambios guardados.", "Changes saved.")))),
                    .p(
                        .class("noprint"),
                        .a(.href(SiteURL.sessions(.value(model.slug)).path), .text(context.t("Todas las sesiones", "All sessions"))),
                        .text(" · "),
                        minutesLink,
                        .if(
                            model.canConduct,
                            .group(
                                .text(" · "),
                                .a(
                                    .href(SiteURL.sessionConduct(.value(model.slug), .value(model.sessionID)).path),
                                    .text(context.t("Conducir la sesión", "Run the session")))))
                    ),
                    .unwrap(model.opens) { opens in
                        .p(
                            .class("notice"), .id("session-opens"),
                            .text(
                                context.t(
                                    "La asistencia, las mociones y las votaciones se registran desde el inicio de la sesión. ",
                                    "Attendance, motions and votes are recorded from the session's start. ") + context.t(opens)))
                    },
                    facts,
                    agenda,
                    SessionParts.attendance(data, context: context),
                    SessionParts.agreements(data.agreements, context: context),
                    minutes,
                    .forEach(model.attachments) { AttachmentsSection.node($0, context: context) }
                ))
        }

        /// The printable minutes: public once final; before, only members see the draft, so
        /// everyone else is told when it will be there instead of being sent to a login.
        private var minutesLink: Node<HTML.BodyContext> {
            let href = SiteURL.sessionMinutes(.value(model.slug), .value(model.sessionID)).path
            if data.isFinal {
                return .a(.href(href), .text(context.t("Minuta (versión imprimible)", "Minutes (printable)")))
            }
            if model.canReadDrafts, session.status == .convocada {
                return .a(.href(href), .text(context.t("Borrador de la minuta (sólo integrantes)", "Draft minutes (members only)")))
            }
            return .span(
                .class("muted"),
                .text(
                    context.t(
                        "La minuta se publica, imprimible, cuando la persona facilitadora la finaliza.",
                        "The minutes are published, printable, once the facilitator finalises them.")))
        }

        private var facts: Node<HTML.BodyContext> {
            .dl(
                .class("facts"),
                .dt(.text(context.t("Estado", "Status"))), .dd(SessionText.statusBadge(session.status, context)),
                .dt(.text(context.t("Fecha y hora", "Date and time"))), .dd(.text(SessionText.when(session, context))),
                .dt(.text(context.t("Lugar", "Place"))), .dd(.text(session.place ?? "—")),
                .dt(.text(context.t("Modalidad", "Modality"))), .dd(.text(session.modality.map { context.t($0.label) } ?? "—")),
                .if(session.urgent, .group(.dt(.text(context.t("Carácter", "Nature"))), .dd(.text(context.t("Urgente", "Urgent"))))),
                .unwrap(session.requestedBy) { who in .group(.dt(.text(context.t("Solicitada por", "Requested by"))), .dd(.text(who))) },
                .unwrap(session.reason) { reason in .group(.dt(.text(context.t("Motivo", "Reason"))), .dd(.text(reason))) },
                .unwrap(session.convenedAt) { at in
                    .group(
                        .dt(.text(context.t("Convocada", "Convened"))),
                        .dd(.text(MexicanFormat.dateTime(at, language: context.language) + (session.convenedBy.map { " — \($0)" } ?? ""))))
                },
                .unwrap(session.cancelReason) { why in
                    .group(.dt(.text(context.t("Motivo de cancelación", "Reason for cancelling"))), .dd(.text(why)))
                }
            )
        }

        private var agenda: Node<HTML.BodyContext> {
            .section(
                .h2(
                    .text(
                        context.t(
                            session.status == .solicitada ? "Proyecto de orden del día" : "Orden del día",
                            session.status == .solicitada ? "Draft agenda" : "Agenda"))),
                .if(data.items.isEmpty, .p(.class("muted"), .text(context.t("Sin puntos todavía.", "No points yet.")))),
                .ol(
                    .class("agenda"),
                    .forEach(data.items) { item in
                        .li(
                            .h3(.text(item.title)),
                            .unwrap(item.description) { text in .p(.text(text)) },
                            .unwrap(item.proposedBy) { who in .p(.class("hint"), .text(context.t("Propuesto por \(who)", "Proposed by \(who)"))) },
                            // The discussion is the facilitator's draft until the minutes are final.
                            .unwrap(data.isFinal ? item.discussion : nil) { text in .p(.text(text)) },
                            .if(
                                !item.links.isEmpty,
                                .ul(
                                    .forEach(item.links) { link in
                                        .li(.a(.href(link), .attribute(named: "rel", value: "nofollow noopener"), .text(link)))
                                    })),
                            .forEach(data.motions(of: item)) { motion in motionBlock(motion) }
                        )
                    })
            )
        }

        private func motionBlock(_ motion: Motion) -> Node<HTML.BodyContext> {
            .div(
                .class("motion"),
                .h4(.text(context.t("Moción: ", "Motion: ") + motion.title), .text(" "), SessionText.outcomeBadge(motion.outcomeResult, context)),
                .unwrap(motion.text) { text in .p(.text(text)) },
                .if(
                    motion.status == .cerrada,
                    .group(
                        .p(.text(context.language == .es ? (motion.explanation ?? "") : (motion.explanationEn ?? ""))),
                        SessionParts.votes(data.votes(of: motion), data: data, context: context)
                    )),
                .if(motion.status == .abierta, voteForm(motion))
            )
        }

        private func voteForm(_ motion: Motion) -> Node<HTML.BodyContext> {
            let open = Node<HTML.BodyContext>.p(
                .class("hint"),
                .text(context.t("Votación abierta: el resultado se publica al cerrarla.", "Voting open: the result is published when it closes.")))
            guard let seat = model.mySeat else {
                // A member who cannot vote is told why, in the words of the admission rule.
                guard let refusal = model.admission?.refusal else { return open }
                return .group(
                    open,
                    .p(
                        .class("notice"), .attribute(named: "role", value: "status"),
                        .text(context.t("No puedes votar: ", "You cannot vote: ") + context.t(refusal.message))))
            }
            let mine = model.myVote(on: motion)
            let id = "vote-\(motion.id!.uuidString)"
            return .group(
                .unwrap(mine) { vote in
                    .p(
                        .class("notice"),
                        .text(
                            context.t(
                                "Tu voto (\(SessionText.seat(seat, context))): \(vote.option.label.es)",
                                "Your vote (\(SessionText.seat(seat, context))): \(vote.option.label.en)")))
                },
                SessionForms.post(
                    SiteURL.motionVote(.value(model.slug), .value(model.sessionID), .value(motion.id!)).path, context: context,
                    button: context.t(mine == nil ? "Votar" : "Cambiar mi voto", mine == nil ? "Vote" : "Change my vote"),
                    // No option is chosen for the member: a vote is cast only by choosing one.
                    .fieldset(
                        .element(
                            named: "legend",
                            text: context.t("Voto por \(SessionText.seat(seat, context))", "Vote for \(SessionText.seat(seat, context))")),
                        .forEach(VoteOption.allCases) { option in
                            radio(name: "option", value: option.rawValue, id: "\(id)-\(option.rawValue)", label: context.t(option.label))
                        }
                    )
                )
            )
        }

        private func radio(name: String, value: String, id: String, label: String) -> Node<HTML.FormContext> {
            .div(
                .class("field"),
                .selfClosedElement(
                    named: "input",
                    attributes: [
                        .type(.radio), .name(name), .value(value), .id(id), .attribute(named: "required", value: "required"),
                    ] as [Attribute<HTML.InputContext>]),
                .label(.for(id), .text(" " + label)))
        }

        private var minutes: Node<HTML.BodyContext> {
            .section(
                .h2(.text(context.t("Minuta", "Minutes"))),
                .if(
                    !data.isFinal,
                    .p(
                        .class("muted"),
                        .text(
                            context.t(
                                "La minuta está en borrador: se publica al finalizarse.", "The minutes are a draft: they are published once final.")))
                ),
                .unwrap(data.minutes.flatMap { data.isFinal ? $0 : nil }) { minutes in
                    .group(
                        SessionParts.digest(minutes, context: context),
                        .unwrap(minutes.notes) { notes in .p(.text(notes)) },
                        SessionParts.signatures(data, context: context),
                        .if(model.canSign, signForm)
                    )
                }
            )
        }

        private var signForm: Node<HTML.BodyContext> {
            .section(
                .id("firmar"),
                .h3(.text(context.t("Firmar la minuta", "Sign the minutes"))),
                .p(
                    .class("hint"),
                    .text(
                        context.t(
                            "Tu firma electrónica (Ed25519) cubre el resumen SHA-256 de la minuta. Escribe tu contraseña para desbloquear tu clave de firma.",
                            "Your electronic signature (Ed25519) covers the minutes' SHA-256 digest. Type your password to unlock your signing key."))
                ),
                SessionForms.post(
                    SiteURL.sessionMinutesSign(.value(model.slug), .value(model.sessionID)).path, context: context,
                    button: context.t("Registrar", "Record"),
                    FormFields.select(
                        context.t("Decisión", "Decision"), name: "decision",
                        options: SignatureDecision.allCases.map {
                            (
                                $0.rawValue,
                                context.t(
                                    $0 == .firma ? "Firmo la minuta" : "Me niego a firmar", $0 == .firma ? "I sign the minutes" : "I refuse to sign")
                            )
                        }, required: true),
                    SessionForms.textarea(context.t("Razones (si te niegas a firmar)", "Reasons (if you refuse)"), name: "reason", value: nil),
                    FormFields.text(
                        context.t("Contraseña", "Password"), name: "password", type: .password, required: true, autocomplete: "current-password")
                )
            )
        }
    }
}

/// Pieces shared by the session page, the printable minutes and the conduct page.
enum SessionParts {
    static func attendance(_ data: SessionData, context: PageContext) -> Node<HTML.BodyContext> {
        let quorum = data.quorum
        return .section(
            .h2(.text(context.t("Asistencia y quórum", "Attendance and quorum"))),
            .if(data.attendance.isEmpty, .p(.class("muted"), .text(context.t("Asistencia aún no registrada.", "Attendance not recorded yet.")))),
            .if(
                !data.attendance.isEmpty,
                .group(
                    .p(
                        .span(
                            .class(quorum.reached ? "badge ok" : "badge bad"),
                            .text(quorum.reached ? context.t("Hay quórum", "Quorum") : context.t("Sin quórum", "No quorum"))),
                        .text(" " + context.t(quorum.explanation))),
                    .table(
                        .thead(
                            .tr(
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Asiento", "Seat"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Asistió", "Attended"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Integrante", "Member")))
                            )),
                        .tbody(
                            .forEach(data.forum.seats) { holders in
                                let row = data.attendance.first { $0.$seat.id == holders.seat.id }
                                return .tr(
                                    .td(.text(SessionText.seat(holders.seat, context))),
                                    .td(.text(attendanceLabel(row?.attendance ?? .absent, context))),
                                    .td(.text(row?.attendee ?? "—"))
                                )
                            })
                    )
                ))
        )
    }

    static func attendanceLabel(_ attendance: Attendance, _ context: PageContext) -> String {
        switch attendance {
        case .titular: context.t("Titular", "Full member")
        case .suplente: context.t("Suplente", "Alternate")
        case .absent: context.t("Ausente", "Absent")
        }
    }

    static func votes(_ votes: [Vote], data: SessionData, context: PageContext) -> Node<HTML.BodyContext> {
        let order = Dictionary(uniqueKeysWithValues: data.forum.seats.enumerated().map { ($1.seat.id!, $0) })
        let rows = votes.compactMap { vote in data.seat(vote.$seat.id).map { (vote, $0) } }
            .sorted { (order[$0.1.id!] ?? .max) < (order[$1.1.id!] ?? .max) }
        return .if(
            !rows.isEmpty,
            .table(
                .class("votes"),
                .thead(
                    .tr(
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Asiento", "Seat"))),
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Votó", "Voted by"))),
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Voto", "Vote")))
                    )),
                .tbody(
                    .forEach(rows) { vote, seat in
                        .tr(
                            .td(.text(SessionText.seat(seat, context))), .td(.text(context.t(vote.holderRole.label))),
                            .td(.text(context.t(vote.option.label))))
                    })
            ))
    }

    static func agreements(_ agreements: [Agreement], context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text(context.t("Acuerdos", "Agreements"))),
            .if(agreements.isEmpty, .p(.class("muted"), .text(context.t("Sin acuerdos.", "No agreements.")))),
            .if(
                !agreements.isEmpty,
                .table(
                    .thead(
                        .tr(
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("Clave", "Code"))),
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("Acuerdo", "Agreement"))),
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("Responsable", "Owner"))),
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("Fecha compromiso", "Due"))),
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("Estado", "Status")))
                        )),
                    .tbody(
                        .forEach(agreements) { agreement in
                            .tr(
                                .td(.text(agreement.code)),
                                .td(.text(agreement.title)),
                                .td(.text(SessionText.owner(agreement, context))),
                                .td(.text(agreement.dueOn.map { MexicanFormat.date($0, language: context.language) } ?? "—")),
                                // Follow-up: the status shown today, overdue flagged.
                                .td(
                                    FollowUpChrome.status(
                                        AgreementStatus.effective(stored: agreement.status, dueOn: agreement.dueOn, today: CalendarDate.today()),
                                        context: context))
                            )
                        })
                ))
        )
    }

    static func digest(_ minutes: Minutes, context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .p(
                .span(.class("badge ok"), .text(context.t("Finalizada", "Final"))),
                .text(
                    " " + context.t("por", "by") + " \(minutes.finalisedBy ?? "—"), "
                        + (minutes.finalisedAt.map { MexicanFormat.dateTime($0, language: context.language) } ?? ""))),
            .p(.text(context.t("Resumen SHA-256 del documento canónico:", "SHA-256 digest of the canonical document:"))),
            .p(.class("secret"), .text(minutes.digest ?? "—"))
        )
    }

    static func signatures(_ data: SessionData, context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .h3(.text(context.t("Firmas", "Signatures"))),
            .if(data.signatures.isEmpty, .p(.class("muted"), .text(context.t("Aún no firma nadie.", "Nobody has signed yet.")))),
            .if(
                !data.signatures.isEmpty,
                .table(
                    .thead(
                        .tr(
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("Integrante", "Member"))),
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("Asiento", "Seat"))),
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("Decisión", "Decision"))),
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("Fecha", "Date")))
                        )),
                    .tbody(
                        .forEach(data.signatures) { signature in
                            .tr(
                                .td(.text(signature.signer)),
                                .td(
                                    .text(
                                        (data.seat(signature.$seat.id).map { SessionText.seat($0, context) } ?? "—")
                                            + " (\(context.t(signature.holderRole.label).lowercased()))")),
                                .td(
                                    .text(context.t(signature.decision.label)),
                                    .unwrap(signature.reason) { reason in .p(.class("hint"), .text(reason)) }),
                                .td(.text(MexicanFormat.dateTime(signature.signedAt, language: context.language)))
                            )
                        })
                ))
        )
    }
}

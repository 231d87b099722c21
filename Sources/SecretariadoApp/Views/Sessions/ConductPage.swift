import Foundation
import Plot
import SecretariadoCore

/// `/stl/{slug}/sesiones/{id}/conducir`: the facilitator's desk for one session — schedule,
/// agenda from proposals, attendance, motions and votes, and the minutes draft.
enum ConductPage {
    struct Model {
        let data: SessionData
        let pendingProposals: [AgendaProposal]
        let saved: Bool
        /// The present moment on the app's clock: conduct opens at the session's start.
        let now: Date
        /// Proposed charter versions a motion may adopt.
        var charterDrafts: [GovernanceDraft] = []

        var slug: String { data.stl.slug }
        /// Why attendance, motions, votes and the minutes cannot be recorded yet (`nil` once
        /// the session has started).
        var notYetOpen: Localized? { SessionTimeGate.notYetOpen(startsAt: data.session.startsAt, now: now) }
        var agendaEditable: Bool { SessionTimeGate.agendaEditable(startsAt: data.session.startsAt, now: now) }
        var id: UUID { data.session.id! }
        var isOpen: Bool { data.session.status == .convocada || data.session.status == .solicitada }
    }

    struct View {
        let model: Model
        let context: PageContext

        private var data: SessionData { model.data }
        private var session: StlSession { data.session }
        private var slug: Parameter<String> { .value(model.slug) }
        private var id: Parameter<UUID> { .value(model.id) }

        var html: HTML {
            Layout.page(
                title: context.t("Conducir", "Run") + " · \(session.title(context.language))", context: context,
                main: .group(
                    StlMenu.nav(model.slug, id: data.stl.id, current: .sessions, context: context),
                    .h1(.text(context.t("Conducir: ", "Run: ") + "\(session.title(context.language)) — STL \(data.stl.name)")),
                    .if(
                        model.saved,
                        .p(.class("notice"), .attribute(named: "role", value: "status"), .text(context.t("Cambios guardados.", "Changes saved.")))),
                    .p(
                        .a(
                            .href(SiteURL.session(slug, id).path),
                            .text(context.t("Ver la página pública de la sesión", "See the session's public page"))),
                        .text(" · "), SessionText.statusBadge(session.status, context), .text(" " + SessionText.when(session, context))),
                    .if(
                        !model.isOpen,
                        .p(
                            .class("error-box"),
                            .text(
                                context.t(
                                    "Esta sesión ya no admite cambios (minuta finalizada o sesión cancelada).",
                                    "This session cannot be changed any more (final minutes or cancelled session).")))),
                    .if(
                        model.isOpen,
                        .group(
                            agendaSection,
                            .if(
                                session.status == .convocada,
                                .group(
                                    .unwrap(model.notYetOpen) { opens in
                                        .section(
                                            .h2(.text(context.t("Asistencia, mociones y minuta", "Attendance, motions and minutes"))),
                                            .p(.class("warning-box"), .id("conduct-opens"), .text(context.t(opens))))
                                    },
                                    .if(model.notYetOpen == nil, .group(attendanceSection, motionsSection, minutesSection)),
                                    scheduleSection)),
                            cancelSection
                        ))
                ))
        }

        private var agendaSection: Node<HTML.BodyContext> {
            .section(
                .h2(.text(context.t("Orden del día", "Agenda"))),
                .ol(
                    .forEach(data.items) { item in
                        .li(
                            .text(item.title), .unwrap(item.proposedBy) { who in .span(.class("hint"), .text(" — \(who)")) },
                            .if(model.agendaEditable, itemChanges(item)))
                    }),
                .if(!model.agendaEditable, .p(.class("hint"), .text(context.t(SessionScope.agendaClosed)))),
                .if(
                    model.agendaEditable,
                    SessionForms.post(
                        SiteURL.sessionAgenda(slug, id).path, context: context, button: context.t("Agregar al orden del día", "Add to the agenda"),
                        FormFields.select(
                            context.t("Propuesta de un integrante", "A member's proposal"), name: "proposalId",
                            options: [("", context.t("Ninguna: punto propio", "None: my own point"))]
                                + model.pendingProposals.map { ($0.id!.uuidString, "\($0.title) — \($0.proposedBy)") }),
                        FormFields.text(context.t("Título (si no es una propuesta)", "Title (if not a proposal)"), name: "title", id: "agenda-title"),
                        SessionForms.textarea(
                            context.t("Descripción", "Description"), name: "description", id: "agenda-description", value: nil, rows: 2)
                    ))
            )
        }

        /// Until the session starts, each point can be reworded, moved or withdrawn.
        private func itemChanges(_ item: AgendaItem) -> Node<HTML.BodyContext> {
            let itemID = item.id!
            let key = itemID.uuidString
            return .div(
                .class("agenda-changes"),
                .p(.class("hint"), .text(context.t("Modificar, mover o retirar este punto:", "Edit, move or withdraw this point:"))),
                SessionForms.post(
                    SiteURL.sessionAgendaItem(slug, id, .value(itemID)).path, context: context,
                    button: context.t("Guardar el punto", "Save the point"),
                    FormFields.text(context.t("Título", "Title"), name: "title", id: "item-title-\(key)", value: item.title, required: true),
                    SessionForms.textarea(
                        context.t("Descripción", "Description"), name: "description", id: "item-description-\(key)",
                        value: item.description, rows: 2),
                    FormFields.text(
                        context.t("Lugar en el orden del día", "Place in the agenda"), name: "position", id: "item-position-\(key)",
                        type: .number, value: "\(item.position)", required: true)
                ),
                SessionForms.post(
                    SiteURL.sessionAgendaItemWithdraw(slug, id, .value(itemID)).path, context: context,
                    button: context.t("Retirar este punto", "Withdraw this point"), secondary: true)
            )
        }

        private var attendanceSection: Node<HTML.BodyContext> {
            .section(
                .h2(.text(context.t("Asistencia", "Attendance"))),
                .p(
                    .class("hint"),
                    .text(
                        context.t(
                            "Por asiento: asiste su titular, o su suplente sólo si el titular está ausente, o nadie.",
                            "Per seat: its full member attends, or its alternate only when the full member is absent, or nobody."))),
                .p(.text(context.t(data.quorum.explanation))),
                SessionForms.post(
                    SiteURL.sessionAttendance(slug, id).path, context: context, button: context.t("Guardar asistencia", "Save attendance"),
                    .forEach(data.forum.seats) { holders in
                        let current = data.attendance(of: holders.seat.id!) ?? .absent
                        var options: [(String, String)] = []
                        if let titular = holders.titular {
                            options.append(
                                (
                                    Attendance.titular.rawValue,
                                    context.t("Titular: ", "Full member: ") + HolderText.describe(titular, context: context)
                                ))
                        }
                        if let suplente = holders.suplente {
                            options.append(
                                (
                                    Attendance.suplente.rawValue,
                                    context.t("Suplente (titular ausente): ", "Alternate (full member absent): ")
                                        + HolderText.describe(suplente, context: context)
                                ))
                        }
                        options.append((Attendance.absent.rawValue, context.t("Ausente", "Absent")))
                        return FormFields.select(
                            SessionText.seat(holders.seat, context), name: "seat_\(holders.seat.id!.uuidString)",
                            options: options, selected: current.rawValue)
                    }
                )
            )
        }

        private var motionsSection: Node<HTML.BodyContext> {
            .section(
                .h2(.text(context.t("Mociones y votaciones", "Motions and votes"))),
                .ul(
                    .forEach(data.motions) { motion in
                        .li(
                            .strong(.text(motion.title)), .text(" "), SessionText.outcomeBadge(motion.outcomeResult, context),
                            .if(
                                motion.status == .abierta,
                                .group(
                                    .text(
                                        " "
                                            + context.t(
                                                "\(data.votes(of: motion).count) asientos han votado.",
                                                "\(data.votes(of: motion).count) seats have voted.")),
                                    .text(" "),
                                    .a(
                                        .class("button secondary"), .href(SiteURL.motionClose(slug, id, .value(motion.id!)).path),
                                        .text(context.t("Cerrar la votación…", "Close the vote…")))
                                )),
                            .if(
                                motion.status == .cerrada,
                                .p(.class("hint"), .text(context.language == .es ? (motion.explanation ?? "") : (motion.explanationEn ?? ""))))
                        )
                    }),
                .if(
                    !data.items.isEmpty,
                    SessionForms.post(
                        SiteURL.sessionMotions(slug, id).path, context: context, button: context.t("Someter a votación", "Put to the vote"),
                        FormFields.select(
                            context.t("Punto del orden del día", "Agenda point"), name: "agendaItemId",
                            options: data.items.map { ($0.id!.uuidString, "\($0.position). \($0.title)") }, required: true),
                        FormFields.text(context.t("Moción", "Motion"), name: "title", id: "motion-title", required: true),
                        SessionForms.textarea(context.t("Texto", "Text"), name: "text", id: "motion-text", value: nil, rows: 2),
                        FormFields.text(
                            context.t("Responsable del acuerdo, si se adopta", "Owner of the agreement, if adopted"), name: "agreementOwner"),
                        FormFields.select(
                            context.t("Sector responsable", "Owner sector"), name: "agreementOwnerSector",
                            options: [("", "—")] + data.forum.seats.map(\.seat.sector).uniqued().map { ($0, SessionText.sector($0, context)) }),
                        FormFields.text(context.t("Fecha compromiso", "Due date"), name: "agreementDueOn", type: .date),
                        .if(
                            !model.charterDrafts.isEmpty,
                            FormFields.select(
                                context.t(
                                    "Adopta una propuesta de reforma del Mecanismo de Gobernanza",
                                    "Adopts a proposed version of the governance mechanism"),
                                name: "governanceDraftId",
                                options: [("", context.t("No: moción ordinaria", "No: ordinary motion"))]
                                    + model.charterDrafts.map {
                                        (
                                            $0.id!.uuidString,
                                            context.t("Propuesta sobre la versión \($0.baseVersion): ", "Proposal on version \($0.baseVersion): ")
                                                + $0.note
                                        )
                                    },
                                hint: context.t(
                                    "Si la votación la adopta bajo la regla en vigor, la propuesta entra en vigor al cerrar la votación.",
                                    "If the vote adopts it under the rule in force, the proposal enters into force when the vote closes.")))
                    ))
            )
        }

        private var minutesSection: Node<HTML.BodyContext> {
            .section(
                .h2(.text(context.t("Minuta (borrador)", "Minutes (draft)"))),
                .p(.a(.href(SiteURL.sessionMinutes(slug, id).path), .text(context.t("Vista previa de la minuta", "Minutes preview")))),
                SessionForms.post(
                    SiteURL.sessionMinutes(slug, id).path, context: context, button: context.t("Guardar borrador", "Save draft"),
                    .forEach(data.items) { item in
                        SessionForms.textarea(
                            context.t("Desarrollo del punto \(item.position): \(item.title)", "Proceedings of point \(item.position): \(item.title)"),
                            name: "discussion_\(item.id!.uuidString)", value: item.discussion)
                    },
                    SessionForms.textarea(context.t("Notas generales", "General notes"), name: "notes", value: data.minutes?.notes)
                ),
                finaliseStep
            )
        }

        /// Finalising freezes the session for good: offered as a link to its confirmation
        /// page only when `MinutesReadiness` allows it; otherwise the reason is shown.
        private var finaliseStep: Node<HTML.BodyContext> {
            let open = data.motions.filter { $0.status == .abierta }.count
            if let refusal = MinutesReadiness.refusal(attendanceRecorded: !data.attendance.isEmpty, openVotes: open) {
                return .p(.class("warning-box"), .text(context.t(refusal)))
            }
            return .group(
                .p(
                    .class("hint"),
                    .text(
                        context.t(
                            "Al finalizarla, la minuta y la sesión quedan inmutables: se calcula su resumen SHA-256, entra al archivo encadenado y los asistentes pueden firmarla.",
                            "Once final, the minutes and the session are immutable: their SHA-256 digest is computed, they enter the chained archive and attendees can sign them."
                        ))),
                .p(
                    .a(
                        .class("button"), .href(SiteURL.sessionMinutesFinalise(slug, id).path),
                        .text(context.t("Finalizar la minuta…", "Finalise the minutes…"))))
            )
        }

        private var scheduleSection: Node<HTML.BodyContext> {
            let start = session.startsAt.map(MexicoCityTime.wallClock(at:))
            func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            let duration = session.startsAt.flatMap { s in session.endsAt.map { Int($0.timeIntervalSince(s) / 60) } } ?? 120
            return .section(
                .h2(.text(context.t("Reprogramar", "Reschedule"))),
                SessionForms.post(
                    SiteURL.sessionEdit(slug, id).path, context: context, button: context.t("Guardar cambios", "Save changes"),
                    FormFields.select(
                        context.t("Tipo", "Kind"), name: "kind", id: "edit-kind",
                        options: SessionKind.allCases.map { ($0.rawValue, context.t($0.label)) }, selected: session.kind.rawValue),
                    FormFields.text(
                        context.t("Fecha", "Date"), name: "date", id: "edit-date", type: .date,
                        value: start.map { "\($0.year)-\(two($0.month))-\(two($0.day))" }, required: true),
                    FormFields.text(
                        context.t("Hora (HH:MM)", "Time (HH:MM)"), name: "time", id: "edit-time", type: .time,
                        value: start.map { "\(two($0.hour)):\(two($0.minute))" }, required: true),
                    FormFields.text(
                        context.t("Duración (minutos)", "Duration (minutes)"), name: "durationMinutes", id: "edit-duration", type: .number,
                        value: "\(duration)"),
                    FormFields.text(
                        context.t("Lugar o enlace", "Place or link"), name: "place", id: "edit-place", value: session.place, required: true),
                    FormFields.select(
                        context.t("Modalidad", "Modality"), name: "modality", id: "edit-modality",
                        options: SessionModality.allCases.map { ($0.rawValue, context.t($0.label)) }, selected: session.modality?.rawValue)
                )
            )
        }

        private var cancelSection: Node<HTML.BodyContext> {
            .section(
                .h2(
                    .text(
                        context.t(
                            session.status == .solicitada ? "Declinar la solicitud" : "Cancelar la sesión",
                            session.status == .solicitada ? "Decline the request" : "Cancel the session"))),
                SessionForms.post(
                    SiteURL.sessionCancel(slug, id).path, context: context, button: context.t("Cancelar", "Cancel"), secondary: true,
                    FormFields.text(context.t("Motivo", "Reason"), name: "reason", id: "cancel-reason", required: true)
                )
            )
        }
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}

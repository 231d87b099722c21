import Plot
import SecretariadoCore

/// `/stl/{slug}/sesiones`: the STL's sessions, the calendar and archive links, and the
/// forms to request (representatives) and convene (facilitator) a session.
enum SessionsPage {
    struct Model {
        let stl: Secretariat
        let sessions: [StlSession]
        let operation: GovernanceMechanism.Operation
        let canRequest: Bool
        let canConvene: Bool
        let isMember: Bool
        let saved: Bool

        var requests: [StlSession] { sessions.filter { $0.status == .solicitada } }
    }

    struct View {
        let model: Model
        let context: PageContext

        private var slug: String { model.stl.slug }

        var html: HTML {
            Layout.page(
                title: context.t("Sesiones de \(model.stl.name)", "Sessions of \(model.stl.name)"), context: context,
                main: .group(
                    StlMenu.nav(slug, id: model.stl.id, current: .sessions, context: context),
                    .h1(.text(context.t("Sesiones del STL de \(model.stl.name)", "Sessions of the STL of \(model.stl.name)"))),
                    .if(
                        model.saved,
                        .p(.class("notice"), .attribute(named: "role", value: "status"), .text(context.t("Cambios guardados.", "Changes saved.")))),
                    .p(
                        .a(
                            .href(APIURL.sessionsCalendar(.value(slug)).path),
                            .text(context.t("Suscribirse al calendario (iCalendar)", "Subscribe to the calendar (iCalendar)"))),
                        .text(" · "),
                        .a(
                            .href(APIURL.archive(.value(slug)).path),
                            .text(context.t("Archivo verificable de minutas (JSON)", "Verifiable archive of minutes (JSON)")))
                    ),
                    .details(
                        .summary(
                            .text(
                                context.t("¿Cómo se comprueba que las minutas no se alteraron?", "How can anyone check the minutes were not altered?")
                            )),
                        .p(
                            .class("hint"),
                            .text(
                                context.t(
                                    "Cada minuta finalizada entra a un archivo encadenado con firmas. Cualquier persona puede descargarlo y comprobarlo sin conexión con la herramienta de línea de comandos de Secretariado (secretariado verify y la dirección del archivo); el README del proyecto lo explica.",
                                    "Every final minute enters a chained, signed archive. Anyone can download it and check it offline with Secretariado's command-line tool (secretariado verify and the archive's address); the project's README explains how."
                                )))
                    ),
                    list,
                    .if(model.canConvene, conveneForm),
                    .if(model.canRequest, requestForm)
                ))
        }

        private var list: Node<HTML.BodyContext> {
            .section(
                .h2(.text(context.t("Calendario de sesiones", "Session calendar"))),
                .if(model.sessions.isEmpty, .p(.class("muted"), .text(context.t("Aún no hay sesiones.", "No sessions yet.")))),
                .if(
                    !model.sessions.isEmpty,
                    .table(
                        .thead(
                            .tr(
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Sesión", "Session"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Fecha y hora", "Date and time"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Lugar", "Place"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Estado", "Status")))
                            )),
                        .tbody(
                            .forEach(model.sessions) { session in
                                .tr(
                                    .td(
                                        .a(.href(SiteURL.session(.value(slug), .value(session.id!)).path), .text(session.title(context.language))),
                                        .unwrap(session.reason) { reason in .p(.class("hint"), .text(reason)) }),
                                    .td(.text(SessionText.when(session, context))),
                                    .td(
                                        .text(
                                            [session.place, session.modality.map { context.t($0.label) }].compactMap { $0 }.joined(separator: " · "))),
                                    .td(SessionText.statusBadge(session.status, context))
                                )
                            })
                    ))
            )
        }

        private var noticeHint: String {
            let op = model.operation
            let urgent =
                op.allowsUrgentExtraordinary
                ? context.t(
                    " Permite convocar extraordinarias urgentes con menor anticipación.", " It allows urgent extraordinary sessions with less notice."
                )
                : context.t(" No permite extraordinarias urgentes.", " It does not allow urgent extraordinary sessions.")
            return context.t(
                "El Mecanismo de Gobernanza exige \(op.ordinaryNoticeDays) días de anticipación para las sesiones ordinarias y \(op.extraordinaryNoticeDays) para las extraordinarias.",
                "The governance mechanism requires \(op.ordinaryNoticeDays) days' notice for ordinary sessions and \(op.extraordinaryNoticeDays) for extraordinary ones."
            ) + urgent
        }

        private var conveneForm: Node<HTML.BodyContext> {
            .section(
                .id("convocar"),
                .h2(.text(context.t("Convocar una sesión", "Convene a session"))),
                .p(.class("hint"), .text(noticeHint)),
                SessionForms.post(
                    SiteURL.sessions(.value(slug)).path, context: context, button: context.t("Convocar", "Convene"),
                    FormFields.select(
                        context.t("Solicitud que se atiende", "Request being convened"), name: "requestId",
                        options: [("", context.t("Ninguna: sesión nueva", "None: new session"))]
                            + model.requests.map { ($0.id!.uuidString, "\(context.t($0.kind.label)) — \($0.requestedBy ?? "") — \($0.reason ?? "")") }
                    ),
                    FormFields.select(
                        context.t("Tipo", "Kind"), name: "kind", id: "convene-kind",
                        options: SessionKind.allCases.map { ($0.rawValue, context.t($0.label)) }, required: true),
                    SessionForms.checkbox(context.t("Extraordinaria urgente", "Urgent extraordinary"), name: "urgent"),
                    FormFields.text(
                        context.t("Fecha", "Date"), name: "date", type: .date, required: true,
                        hint: context.t("Hora de la Ciudad de México.", "Mexico City time.")),
                    FormFields.text(context.t("Hora (HH:MM)", "Time (HH:MM)"), name: "time", type: .time, required: true),
                    FormFields.text(context.t("Duración (minutos)", "Duration (minutes)"), name: "durationMinutes", type: .number, value: "120"),
                    FormFields.text(context.t("Lugar o enlace", "Place or link"), name: "place", required: true),
                    FormFields.select(
                        context.t("Modalidad", "Modality"), name: "modality",
                        options: SessionModality.allCases.map { ($0.rawValue, context.t($0.label)) }, required: true)
                )
            )
        }

        private var requestForm: Node<HTML.BodyContext> {
            .section(
                .h2(.text(context.t("Solicitar una sesión", "Request a session"))),
                .p(
                    .class("hint"),
                    .text(
                        context.t(
                            "La persona facilitadora convoca a solicitud de cualquiera de los representantes.",
                            "The facilitator convenes at the request of any representative."))),
                SessionForms.post(
                    SiteURL.sessionRequests(.value(slug)).path, context: context, button: context.t("Solicitar", "Request"),
                    FormFields.select(
                        context.t("Tipo", "Kind"), name: "kind", id: "request-kind",
                        options: SessionKind.allCases.map { ($0.rawValue, context.t($0.label)) }, required: true),
                    SessionForms.textarea(context.t("Motivo", "Reason"), name: "reason", id: "request-reason", value: nil)
                )
            )
        }
    }
}

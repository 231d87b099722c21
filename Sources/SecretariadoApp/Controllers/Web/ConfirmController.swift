import Fluent
import SecretariadoCore
import Vapor

/// The confirmation pages of the irreversible actions, each at the GET of the action's own
/// URL: closing a vote, finalising minutes, closing the election, ending a term, issuing
/// the acta, removing a Grupo Promotor member or a work-route activity. Each asks the same
/// permission as the action, says what will happen and what cannot be undone, and posts
/// (with the CSRF field) to the action. When the action is not possible now it says why
/// and offers no button.
struct ConfirmController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.motionClose(.key, .key, .key).pathComponents, use: closeMotion)
        routes.get(SiteURL.sessionMinutesFinalise(.key, .key).pathComponents, use: finaliseMinutes)
        routes.get(SiteURL.installationElectionClose(.key).pathComponents, use: closeElection)
        routes.get(SiteURL.manageEndTerm(.key, .key).pathComponents, use: endTerm)
        routes.get(SiteURL.installationActaIssue(.key).pathComponents, use: issueActa)
        routes.get(SiteURL.installationPromoterRemove(.key, .key).pathComponents, use: removePromoter)
        routes.get(SiteURL.installationRouteRemove(.key, .key).pathComponents, use: removeActivity)
    }

    @Sendable func closeMotion(req: Request) async throws -> HTMLPage {
        let stl = try await req.stl(requiring: Permission.runSession)
        let sessionID = try req.pathID("sessionID")
        let (motion, session) = try await SessionScope.motion(try req.pathID("motionID"), in: stl, on: req.db)
        guard session.id == sessionID else { throw SessionScope.notFound }
        let context = PageContext(req)
        let votes = try await Vote.query(on: req.db).filter(\.$motion.$id == motion.requireID()).count()
        let refusal: Localized? =
            motion.status == .cerrada
            ? Localized(es: "Esta votación ya está cerrada.", en: "This vote is already closed.")
            : SessionTimeGate.notYetOpen(startsAt: session.startsAt, now: req.now)
        return page(
            req,
            ConfirmPage.Model(
                title: context.t("¿Cerrar la votación?", "Close the vote?"), stl: stl,
                effect: context.t(
                    "Se aplica la regla de decisión del STL a los votos emitidos y se publica el resultado con su explicación. Si la moción se adopta, se registra como acuerdo.",
                    "The STL's decision rule is applied to the votes cast and the outcome is published with its explanation. If the motion is adopted, it is recorded as an agreement."
                ),
                irreversible: context.t(
                    "nadie podrá votar ni cambiar su voto en esta moción, y el resultado queda en el registro de la sesión.",
                    "nobody can vote or change their vote on this motion any more, and the outcome stays in the session's record."),
                facts: [
                    (context.t("Sesión", "Session"), session.title(context.language)),
                    (context.t("Moción", "Motion"), motion.title),
                    (
                        context.t("Votos emitidos", "Votes cast"),
                        context.t(Plural.count(votes, es: ("asiento ha votado", "asientos han votado"), en: ("seat has voted", "seats have voted")))
                    ),
                ],
                action: SiteURL.motionClose(.value(stl.slug), .value(sessionID), .value(motion.id!)).path,
                button: context.t("Cerrar la votación", "Close the vote"),
                back: SiteURL.sessionConduct(.value(stl.slug), .value(sessionID)).path,
                refusal: refusal.map { context.t($0) }))
    }

    @Sendable func finaliseMinutes(req: Request) async throws -> HTMLPage {
        let stl = try await req.stl(requiring: Permission.runSession)
        let session = try await SessionScope.session(try req.pathID("sessionID"), in: stl, on: req.db)
        let context = PageContext(req)
        let sessionID = try session.requireID()
        var refusal: String?
        do {
            try SessionScope.requireWritable(session)
            try SessionScope.requireStarted(session, now: req.now)
            let open = try await Motion.query(on: req.db).filter(\.$session.$id == sessionID).filter(\.$status == .abierta).count()
            let attendance = try await SeatAttendance.query(on: req.db).filter(\.$session.$id == sessionID).count()
            refusal = MinutesReadiness.refusal(attendanceRecorded: attendance > 0, openVotes: open).map { context.t($0) }
        } catch let error as AppError {
            refusal = error.message[context.language]
        }
        return page(
            req,
            ConfirmPage.Model(
                title: context.t("¿Finalizar la minuta?", "Finalise the minutes?"), stl: stl,
                effect: context.t(
                    "La minuta se fija tal como está: se calcula su resumen SHA-256, entra al archivo encadenado del STL y quienes asistieron pueden firmarla.",
                    "The minutes are fixed as they are: their SHA-256 digest is computed, they enter the STL's chained archive and those who attended can sign them."
                ),
                irreversible: context.t(
                    "la minuta y la sesión (orden del día, asistencia, votaciones) ya no admiten cambios.",
                    "the minutes and the session (agenda, attendance, votes) cannot be changed any more."),
                facts: [(context.t("Sesión", "Session"), session.title(context.language))],
                action: SiteURL.sessionMinutesFinalise(.value(stl.slug), .value(sessionID)).path,
                button: context.t("Finalizar la minuta", "Finalise the minutes"),
                back: SiteURL.sessionConduct(.value(stl.slug), .value(sessionID)).path,
                refusal: refusal))
    }

    @Sendable func closeElection(req: Request) async throws -> HTMLPage {
        let stl = try await req.stl(requiring: Permission.manageInstallation)
        guard let election = try await ElectionWrites.latest(in: stl.requireID(), on: req.db) else { throw ElectionWrites.noElection }
        let count = try await ElectionCount.load(election, on: req.db)
        let context = PageContext(req)
        let mayClose = election.schedule.mayClose(at: Date(), everyoneVoted: count.everyoneVoted, byAcclamation: count.byAcclamation)
        let refusal: String? =
            mayClose
            ? nil
            : context.t(
                "Todavía no se puede cerrar: la votación no ha terminado y aún hay organizaciones con derecho a votar que no lo han hecho.",
                "It cannot be closed yet: voting has not ended and some organisations entitled to vote have not voted.")
        return page(
            req,
            ConfirmPage.Model(
                title: context.t("¿Cerrar la elección y publicar resultados?", "Close the election and publish the results?"), stl: stl,
                effect: context.t(
                    "Se cuentan las boletas, se publica el conteo completo y quienes resulten electos ocupan los asientos de la sociedad civil como titulares y suplentes.",
                    "The ballots are counted, the full count is published and those elected take the civil-society seats as full members and alternates."
                ),
                irreversible: context.t(
                    "ninguna organización podrá votar después del cierre y los resultados quedan publicados.",
                    "no organisation can vote after the close, and the results stay published."),
                facts: [
                    (context.t("Elección", "Election"), election.title),
                    (
                        context.t("Participación", "Turnout"),
                        context.t(
                            "\(count.ballotsCast) de \(count.credentials) organizaciones han votado",
                            "\(count.ballotsCast) of \(count.credentials) organisations have voted")
                    ),
                ],
                action: SiteURL.installationElectionClose(.value(stl.slug)).path,
                button: context.t("Cerrar la elección", "Close the election"),
                back: SiteURL.installationElection(.value(stl.slug)).path,
                refusal: refusal))
    }

    @Sendable func endTerm(req: Request) async throws -> HTMLPage {
        let stl = try await req.stl(requiring: Permission.editComposition)
        guard let id = req.parameters.get("termID", as: UUID.self) else {
            throw AppError.notFound(.init(es: "No existe ese integrante.", en: "There is no such member."))
        }
        let term = try await MemberWrites.find(id, in: stl, on: req.db)
        let seat = try await term.$seat.get(on: req.db)
        let person = try await term.$person.get(on: req.db)
        let context = PageContext(req)
        return page(
            req,
            ConfirmPage.Model(
                title: context.t("¿Terminar el periodo?", "End the term?"), stl: stl,
                effect: context.t(
                    "El periodo termina hoy: la persona deja de ocupar el asiento y pasa al historial de integrantes. El asiento queda vacante hasta que se designe a alguien más.",
                    "The term ends today: the person no longer holds the seat and moves to the members' history. The seat stays vacant until someone else is appointed."
                ),
                irreversible: context.t(
                    "un periodo terminado no se reabre; para que la persona vuelva hay que designarla de nuevo, con un periodo nuevo.",
                    "an ended term is not reopened; for the person to return they must be appointed again, with a new term."),
                facts: [
                    (context.t("Integrante", "Member"), person?.name ?? context.t("Vacante", "Vacant")),
                    (context.t("Asiento", "Seat"), "\(context.t(Sector.displayName(of: SectorCode(seat.sector)))) \(seat.number)"),
                    (context.t("Calidad", "Role"), context.t(term.role.label)),
                ],
                action: SiteURL.manageEndTerm(.value(stl.slug), .value(id)).path,
                button: context.t("Terminar el periodo", "End the term"),
                back: SiteURL.manage(.value(stl.slug)).path,
                refusal: term.isCurrent ? nil : context.t("Ese periodo ya había terminado.", "That term had already ended.")))
    }

    @Sendable func issueActa(req: Request) async throws -> HTMLPage {
        let stl = try await req.stl(requiring: Permission.manageInstallation)
        let context = PageContext(req)
        let issued = try await InstallationAct.query(on: req.db).filter(\.$secretariat.$id == stl.requireID()).first()
        return page(
            req,
            ConfirmPage.Model(
                title: issued == nil
                    ? context.t("¿Emitir el acta de instalación?", "Issue the installation act?")
                    : context.t("¿Emitir de nuevo el acta de instalación?", "Issue the installation act again?"),
                stl: stl,
                effect: context.t(
                    "El acta se genera con el registro de hoy (integrantes, facilitación y Mecanismo de Gobernanza vigente), se publica con su resumen SHA-256 y se adjunta al paso 10 de la instalación.",
                    "The act is generated from today's record (members, facilitator and the governance mechanism in force), published with its SHA-256 digest and attached to installation step 10."
                ),
                irreversible: issued == nil
                    ? context.t(
                        "el acta queda publicada con la fecha y el nombre de quien la emite, y el registro de cambios lo conserva.",
                        "the act stays published with the date and the name of who issued it, and the change log keeps it.")
                    : context.t(
                        "el texto emitido antes (SHA-256 \(issued!.sha256.prefix(12))…) se reemplaza; sólo el registro de cambios conserva su resumen.",
                        "the text issued before (SHA-256 \(issued!.sha256.prefix(12))…) is replaced; only the change log keeps its digest."),
                facts: [],
                action: SiteURL.installationActaIssue(.value(stl.slug)).path,
                button: issued == nil ? context.t("Emitir el acta", "Issue the act") : context.t("Emitir de nuevo", "Issue again"),
                back: SiteURL.installationActa(.value(stl.slug)).path,
                refusal: stl.status == .enFormacion
                    ? nil : context.t("El STL ya está instalado: su acta no cambia.", "The STL is already installed: its act does not change.")))
    }

    @Sendable func removePromoter(req: Request) async throws -> HTMLPage {
        let stl = try await req.stl(requiring: Permission.manageInstallation)
        let id = try req.pathID()
        let member = try await req.record(PromoterMember.self, in: stl)
        let context = PageContext(req)
        return page(
            req,
            ConfirmPage.Model(
                title: context.t("¿Quitar a este integrante del Grupo Promotor?", "Remove this member from the Promoter Group?"), stl: stl,
                effect: context.t(
                    "La persona deja de figurar en el Grupo Promotor del STL.", "The person no longer appears in the STL's Promoter Group."),
                irreversible: context.t(
                    "se borran sus datos, incluido el contacto privado; para que vuelva hay que registrarla de nuevo. El registro de cambios conserva que se quitó.",
                    "their details are deleted, private contact included; for them to return they must be added again. The change log keeps the removal."
                ),
                facts: [
                    (context.t("Integrante", "Member"), member.name),
                    (context.t("Sector", "Sector"), context.t(Sector.displayName(of: SectorCode(member.sector)))),
                ],
                action: SiteURL.installationPromoterRemove(.value(stl.slug), .value(id)).path,
                button: context.t("Quitar del Grupo Promotor", "Remove from the Promoter Group"),
                back: SiteURL.installationPromoters(.value(stl.slug)).path,
                refusal: stl.status == .enFormacion
                    ? nil
                    : context.t(
                        "El STL ya está instalado: su Grupo Promotor no cambia.", "The STL is already installed: its Promoter Group does not change.")
            ))
    }

    @Sendable func removeActivity(req: Request) async throws -> HTMLPage {
        let stl = try await req.stl(requiring: Permission.manageInstallation)
        let id = try req.pathID()
        let activity = try await req.record(WorkRouteActivity.self, in: stl)
        let context = PageContext(req)
        return page(
            req,
            ConfirmPage.Model(
                title: context.t("¿Quitar esta actividad de la ruta de trabajo?", "Remove this activity from the work route?"), stl: stl,
                effect: context.t(
                    "La actividad deja de figurar en el calendario del Grupo Promotor.",
                    "The activity no longer appears in the Promoter Group's calendar."),
                irreversible: context.t(
                    "la actividad se borra; para recuperarla hay que calendarizarla de nuevo. El registro de cambios conserva que se quitó.",
                    "the activity is deleted; to get it back it must be scheduled again. The change log keeps the removal."),
                facts: [
                    (context.t("Actividad", "Activity"), activity.title),
                    (context.t("Inicio", "Starts"), InstallationChrome.date(activity.startsOn, context: context)),
                ],
                action: SiteURL.installationRouteRemove(.value(stl.slug), .value(id)).path,
                button: context.t("Quitar de la ruta de trabajo", "Remove from the work route"),
                back: SiteURL.installationPromoters(.value(stl.slug)).path + "#ruta",
                refusal: stl.status == .enFormacion
                    ? nil
                    : context.t(
                        "El STL ya está instalado: su ruta de trabajo no cambia.", "The STL is already installed: its work route does not change.")))
    }

    private func page(_ req: Request, _ model: ConfirmPage.Model) -> HTMLPage {
        HTMLPage(ConfirmPage.View(model: model, context: PageContext(req)).html)
    }
}

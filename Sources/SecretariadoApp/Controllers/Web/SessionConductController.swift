import Fluent
import SecretariadoCore
import Vapor

/// The facilitator's forms for one session. Every handler requires `.convene` or
/// `.runSession` of the STL, then redirects back (post/redirect/get).
struct SessionConductController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.sessionConduct(.key, .key).pathComponents, use: show)
        routes.post(SiteURL.sessionEdit(.key, .key).pathComponents, use: edit)
        routes.post(SiteURL.sessionCancel(.key, .key).pathComponents, use: cancel)
        routes.post(SiteURL.sessionAgenda(.key, .key).pathComponents, use: addAgendaItem)
        routes.post(SiteURL.sessionAgendaItem(.key, .key, .key).pathComponents, use: editAgendaItem)
        routes.post(SiteURL.sessionAgendaItemWithdraw(.key, .key, .key).pathComponents, use: withdrawAgendaItem)
        routes.post(SiteURL.sessionAttendance(.key, .key).pathComponents, use: attendance)
        routes.post(SiteURL.sessionMotions(.key, .key).pathComponents, use: createMotion)
        routes.post(SiteURL.motionClose(.key, .key, .key).pathComponents, use: closeMotion)
        routes.post(SiteURL.sessionMinutes(.key, .key).pathComponents, use: saveMinutes)
        routes.post(SiteURL.sessionMinutesFinalise(.key, .key).pathComponents, use: finalise)
    }

    @Sendable func show(req: Request) async throws -> HTMLPage {
        let (stl, session) = try await authorized(req, Permission.runSession)
        let proposals = try await AgendaProposal.query(on: req.db).filter(\.$secretariat.$id == stl.requireID())
            .filter(\.$status == .pendiente).sort(\.$createdAt).all()
        let model = ConductPage.Model(
            data: try await SessionData.load(session, in: stl, on: req.db), pendingProposals: proposals,
            saved: req.wasSaved, now: req.now,
            charterDrafts: try await GovernanceWrites.pendingDrafts(for: stl.requireID(), on: req.db))
        return HTMLPage(ConductPage.View(model: model, context: PageContext(req)).html)
    }

    @Sendable func edit(req: Request) async throws -> Response {
        let (stl, session) = try await authorized(req, Permission.convene)
        _ = try await SessionWrites.edit(
            session.requireID(), try req.content.decode(ConveneInput.self), in: stl, by: req.sessionActor(), now: req.now, on: req.db)
        return back(req, stl, session)
    }

    @Sendable func cancel(req: Request) async throws -> Response {
        let (stl, session) = try await authorized(req, Permission.convene)
        _ = try await SessionWrites.cancel(session.requireID(), try req.content.decode(CancelInput.self), in: stl, by: req.sessionActor(), on: req.db)
        return req.savedRedirect(to: SiteURL.session(.value(stl.slug), .value(session.id!)).path)
    }

    @Sendable func addAgendaItem(req: Request) async throws -> Response {
        let (stl, session) = try await authorized(req, Permission.runSession)
        _ = try await AgendaWrites.add(
            try req.content.decode(AgendaItemInput.self), to: session.requireID(), in: stl, by: req.sessionActor(), now: req.now, on: req.db)
        return back(req, stl, session)
    }

    @Sendable func editAgendaItem(req: Request) async throws -> Response {
        let (stl, session) = try await authorized(req, Permission.runSession)
        _ = try await AgendaWrites.edit(
            try req.pathID("itemID"), try req.content.decode(AgendaItemUpdateInput.self),
            session: session.requireID(), in: stl, by: req.sessionActor(), now: req.now, on: req.db)
        return back(req, stl, session)
    }

    @Sendable func withdrawAgendaItem(req: Request) async throws -> Response {
        let (stl, session) = try await authorized(req, Permission.runSession)
        try await AgendaWrites.withdraw(
            try req.pathID("itemID"), session: session.requireID(), in: stl,
            by: req.sessionActor(), now: req.now, on: req.db)
        return back(req, stl, session)
    }

    @Sendable func attendance(req: Request) async throws -> Response {
        let (stl, session) = try await authorized(req, Permission.runSession)
        let lines = try AttendanceWrites.lines(form: try req.content.decode([String: String].self))
        _ = try await AttendanceWrites.record(lines, session: session.requireID(), in: stl, by: req.sessionActor(), now: req.now, on: req.db)
        return back(req, stl, session)
    }

    @Sendable func createMotion(req: Request) async throws -> Response {
        let (stl, session) = try await authorized(req, Permission.runSession)
        _ = try await MotionWrites.create(
            try req.content.decode(MotionInput.self), session: session.requireID(), in: stl, by: req.sessionActor(), now: req.now, on: req.db)
        return back(req, stl, session)
    }

    @Sendable func closeMotion(req: Request) async throws -> Response {
        let (stl, session) = try await authorized(req, Permission.runSession)
        let motionID = try req.pathID("motionID")
        let (_, owner) = try await SessionScope.motion(motionID, in: stl, on: req.db)
        guard owner.id == session.id else { throw SessionScope.notFound }
        _ = try await MotionWrites.close(motionID, in: stl, by: req.sessionActor(), now: req.now, on: req.db)
        return back(req, stl, session)
    }

    @Sendable func saveMinutes(req: Request) async throws -> Response {
        let (stl, session) = try await authorized(req, Permission.runSession)
        let form = try req.content.decode([String: String].self)
        let discussions = form.keys.filter { $0.hasPrefix("discussion_") }.sorted().map { key in
            MinutesInput.Discussion(agendaItemId: String(key.dropFirst("discussion_".count)), text: form[key])
        }
        do {
            _ = try await MinutesWrites.saveDraft(
                MinutesInput(notes: form["notes"] ?? "", discussions: discussions),
                session: session.requireID(), in: stl, by: req.sessionActor(), on: req.db)
        } catch AppError.invalid(let field, let message) where field.hasPrefix("discussions[") {
            // The writer numbers the points as the API sends them; the form names each
            // point's field by its agenda item, so the message lands beside the right box.
            let index = Int(field.dropFirst("discussions[".count).prefix { $0.isNumber }) ?? 0
            let name = discussions.indices.contains(index) ? "discussion_\(discussions[index].agendaItemId ?? "")" : field
            throw AppError.invalid(
                field: name,
                Localized(
                    es: message.es.replacingOccurrences(of: "«\(field)»", with: "«\(name)»"),
                    en: message.en.replacingOccurrences(of: "“\(field)”", with: "“\(name)”")))
        }
        return back(req, stl, session)
    }

    @Sendable func finalise(req: Request) async throws -> Response {
        let (stl, session) = try await authorized(req, Permission.runSession)
        _ = try await MinutesWrites.finalise(session: session.requireID(), in: stl, by: req.sessionActor(), now: req.now, on: req.db)
        return req.savedRedirect(to: SiteURL.session(.value(stl.slug), .value(session.id!)).path)
    }

    private func authorized(_ req: Request, _ permission: (UUID) -> Permission) async throws -> (Secretariat, StlSession) {
        let stl = try await req.stl(requiring: permission)
        return (stl, try await SessionScope.session(try req.pathID("sessionID"), in: stl, on: req.db))
    }

    private func back(_ req: Request, _ stl: Secretariat, _ session: StlSession) -> Response {
        req.savedRedirect(to: SiteURL.sessionConduct(.value(stl.slug), .value(session.id!)).path)
    }
}

/// Representatives' actions (vote, sign, propose). The agreements tracker is in
/// `AgreementsController`.
struct SessionRecordsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post(SiteURL.motionVote(.key, .key, .key).pathComponents, use: vote)
        routes.post(SiteURL.sessionMinutesSign(.key, .key).pathComponents, use: sign)
        routes.get(SiteURL.proposals(.key).pathComponents, use: proposals)
        routes.post(SiteURL.proposals(.key).pathComponents, use: propose)
        routes.post(SiteURL.proposalDecline(.key, .key).pathComponents, use: decline)
    }

    @Sendable func vote(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.vote)
        let sessionID = try req.pathID("sessionID")
        let motionID = try req.pathID("motionID")
        let (_, owner) = try await SessionScope.motion(motionID, in: stl, on: req.db)
        guard owner.id == sessionID else { throw SessionScope.notFound }
        _ = try await VoteWrites.cast(
            try req.content.decode(VoteInput.self), on: motionID, in: stl, by: req.sessionActor(), now: req.now, on: req.db,
            batcher: req.application.voteBatcher)
        return req.savedRedirect(to: SiteURL.session(.value(stl.slug), .value(sessionID)).path)
    }

    @Sendable func sign(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.signMinutes)
        let sessionID = try req.pathID("sessionID")
        // Wrong passwords here are slowed down like at sign-in (LoginThrottle).
        let input = try req.content.decode(SignInput.self)
        _ = try await LoginThrottle.guarding(req, typed: input.password) {
            try await SignatureWrites.sign(input, session: sessionID, in: stl, by: req.sessionActor(), on: req.db)
        }
        return req.savedRedirect(to: SiteURL.session(.value(stl.slug), .value(sessionID)).path)
    }

    @Sendable func proposals(req: Request) async throws -> HTMLPage {
        let stl = try await req.stl(requiring: Permission.readSessionDrafts)
        let proposals = try await AgendaProposal.query(on: req.db).filter(\.$secretariat.$id == stl.requireID())
            .sort(\.$createdAt, .descending).all()
        let model = ProposalsPage.Model(
            stl: stl, proposals: proposals, canPropose: try await req.can(.proposeAgenda(stl.requireID())),
            canDecline: try await req.can(.runSession(stl.requireID())),
            saved: req.wasSaved, declined: req.query[String.self, at: "declinada"] != nil)
        return HTMLPage(ProposalsPage.View(model: model, context: PageContext(req)).html)
    }

    @Sendable func propose(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.proposeAgenda)
        _ = try await ProposalWrites.submit(try req.content.decode(ProposalInput.self), in: stl, by: req.sessionActor(), on: req.db)
        return req.savedRedirect(to: SiteURL.proposals(.value(stl.slug)).path)
    }

    /// Whoever integrates proposals into an agenda may decline one instead; a missing
    /// reason comes back as this page with the message beside «Motivo» (FormResubmission).
    @Sendable func decline(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.runSession)
        let input = try req.content.decode(ProposalDeclineInput.self)
        _ = try await ProposalWrites.decline(try req.pathID("proposalID"), reason: input.reason, in: stl, by: req.sessionActor(), on: req.db)
        return req.redirect(to: SiteURL.proposals(.value(stl.slug)).path + "?declinada=1", redirectType: .normal)
    }
}

import Fluent
import SQLKit
import SecretariadoCore
import Vapor

/// The public side of sessions: the list (with the request and convene forms), a
/// session's page (with the vote and signature forms for who sat), and its minutes.
struct SessionsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.sessions(.key).pathComponents, use: index)
        routes.post(SiteURL.sessions(.key).pathComponents, use: convene)
        routes.post(SiteURL.sessionRequests(.key).pathComponents, use: request)
        routes.get(SiteURL.session(.key, .key).pathComponents, use: show)
        routes.get(SiteURL.sessionMinutes(.key, .key).pathComponents, use: minutes)
    }

    @Sendable func index(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let stlID = try stl.requireID()
        let isMember = try await req.can(.readSessionDrafts(stlID))
        var query = StlSession.query(on: req.db).filter(\.$secretariat.$id == stlID)
        if !isMember { query = query.filter(\.$status != .solicitada) }
        let sessions = try await query.all().sorted { ($0.startsAt ?? .distantFuture) > ($1.startsAt ?? .distantFuture) }
        let model = SessionsPage.Model(
            stl: stl, sessions: sessions, operation: try await Charter.current(for: stl, on: req.db).operation,
            canRequest: try await req.can(.requestSession(stlID)), canConvene: try await req.can(.convene(stlID)),
            isMember: isMember, saved: req.wasSaved)
        return HTMLPage(SessionsPage.View(model: model, context: PageContext(req)).html)
    }

    @Sendable func request(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.requestSession)
        _ = try await SessionWrites.request(try req.content.decode(SessionRequestInput.self), in: stl, by: req.sessionActor(), on: req.db)
        return req.savedRedirect(to: SiteURL.sessions(.value(stl.slug)).path)
    }

    @Sendable func convene(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.convene)
        let session = try await SessionWrites.convene(
            try req.content.decode(ConveneInput.self), in: stl, by: req.sessionActor(), now: req.now, on: req.db)
        return req.savedRedirect(to: SiteURL.sessionConduct(.value(stl.slug), .value(session.id!)).path)
    }

    @Sendable func show(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        let (stl, session) = try await req.stlSession("sessionID")
        let stlID = try stl.requireID()
        if !session.status.isPublic { try await req.require(.readSessionDrafts(stlID)) }
        let data = try await SessionData.load(session, in: stl, on: req.db)
        let model = SessionPage.Model(
            data: data, canConduct: try await req.can(.runSession(stlID)),
            canReadDrafts: try await req.can(.readSessionDrafts(stlID)),
            admission: try await Self.viewerAdmission(req, data: data),
            saved: req.wasSaved,
            opens: data.session.status == .convocada ? SessionTimeGate.notYetOpen(startsAt: data.session.startsAt, now: req.now) : nil,
            attachments: try await SessionAttachments.models(req, session: session, in: stl))
        return HTMLPage(SessionPage.View(model: model, context: PageContext(req)).html)
    }

    @Sendable func minutes(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        let (stl, session) = try await req.stlSession("sessionID")
        let data = try await SessionData.load(session, in: stl, on: req.db)
        if let document = data.minutes?.finalDocument, data.isFinal {
            return HTMLPage(MinutesPage.View(model: .init(data: data, document: document, isFinal: true), context: PageContext(req)).html)
        }
        try await req.require(.readSessionDrafts(stl.requireID()))
        let preview = MinutesBuilder.document(data, finalisedAt: req.now, finalisedBy: "")
        return HTMLPage(MinutesPage.View(model: .init(data: data, document: preview, isFinal: false), context: PageContext(req)).html)
    }
}

/// What the session page shows of the viewer.
extension SessionsController {
    /// What `SeatAdmission` says of the signed-in viewer at this session: the seat they vote
    /// and sign for, or why they cannot (shown to members only: `nil` for anyone else).
    static func viewerAdmission(_ req: Request, data: SessionData) async throws -> SessionPage.Admission? {
        let principal = try await req.principal()
        guard let userID = principal.userID, let stlID = data.stl.id, let sessionID = data.session.id,
            let sql = req.db as? any SQLDatabase
        else { return nil }
        let claims = try await VoteReads.claims(of: userID, in: stlID, on: sql)
        let isFacilitator = principal.holds(.facilitador, in: stlID)
        guard !claims.isEmpty || isFacilitator else { return nil }
        let attendance = Dictionary(data.attendance.map { ($0.$seat.id, $0.attendance) }, uniquingKeysWith: { a, _ in a })
        let vote = SeatAdmission.decide(
            claims: claims, attendance: attendance, isFacilitator: isFacilitator,
            act: .vote(motionOpen: true, sessionStatus: data.session.status, startsAt: data.session.startsAt, now: req.now))
        let sign = SeatAdmission.decide(claims: claims, attendance: attendance, isFacilitator: false, act: .sign)
        func seat(_ decision: SeatAdmission.Decision) -> Seat? {
            if case .admitted(let seatID, _) = decision { return data.seat(seatID) }
            return nil
        }
        _ = sessionID
        return SessionPage.Admission(voteSeat: seat(vote), signSeat: seat(sign), refusal: vote.reason)
    }
}

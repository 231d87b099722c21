import Fluent
import SecretariadoCore
import Vapor

/// `/api/v1/secretariats/{slug}/sessions…`: requesting, convening and running sessions, and
/// their minutes. Each handler asks for exactly one permission first.
struct SessionsAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.sessions(.key).pathComponents, use: index).openAPI(.listSessions)
        routes.post(APIURL.sessions(.key).pathComponents, use: convene).openAPI(.conveneSession)
        routes.post(APIURL.sessionRequests(.key).pathComponents, use: request).openAPI(.requestSession)
        routes.get(APIURL.session(.key, .key).pathComponents, use: show).openAPI(.showSession)
        routes.patch(APIURL.session(.key, .key).pathComponents, use: edit).openAPI(.editSession)
        routes.post(APIURL.sessionCancel(.key, .key).pathComponents, use: cancel).openAPI(.cancelSession)
        routes.post(APIURL.sessionAgenda(.key, .key).pathComponents, use: addAgendaItem).openAPI(.addAgendaItem)
        routes.patch(APIURL.sessionAgendaItem(.key, .key, .key).pathComponents, use: editAgendaItem).openAPI(.editAgendaItem)
        routes.delete(APIURL.sessionAgendaItem(.key, .key, .key).pathComponents, use: withdrawAgendaItem).openAPI(.withdrawAgendaItem)
        routes.put(APIURL.sessionAttendance(.key, .key).pathComponents, use: attendance).openAPI(.recordAttendance)
        routes.get(APIURL.sessionMotions(.key, .key).pathComponents, use: motions).openAPI(.listMotions)
        routes.post(APIURL.sessionMotions(.key, .key).pathComponents, use: createMotion).openAPI(.createMotion)
        routes.get(APIURL.sessionMinutes(.key, .key).pathComponents, use: minutes).openAPI(.showMinutes)
        routes.put(APIURL.sessionMinutes(.key, .key).pathComponents, use: saveMinutes).openAPI(.saveMinutes)
        routes.post(APIURL.sessionMinutesFinalise(.key, .key).pathComponents, use: finalise).openAPI(.finaliseMinutes)
        routes.post(APIURL.sessionMinutesSignatures(.key, .key).pathComponents, use: sign).openAPI(.signMinutes)
    }

    @Sendable func index(req: Request) async throws -> [SessionDTO] {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let members = try await req.can(.readSessionDrafts(stl.requireID()))
        var query = try StlSession.query(on: req.db).filter(\.$secretariat.$id == stl.requireID())
        if !members { query = query.filter(\.$status != .solicitada) }
        let sessions = try await query.sort(\.$createdAt, .descending).all()
        return
            sessions
            .sorted { ($0.startsAt ?? .distantFuture) > ($1.startsAt ?? .distantFuture) }
            .map { SessionDTO($0, slug: stl.slug) }
    }

    @Sendable func request(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.requestSession)
        let session = try await SessionWrites.request(try req.content.decode(SessionRequestInput.self), in: stl, by: req.sessionActor(), on: req.db)
        return try await SessionDTO(session, slug: stl.slug).encodeResponse(status: .created, for: req)
    }

    @Sendable func convene(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.convene)
        let session = try await SessionWrites.convene(
            try req.content.decode(ConveneInput.self), in: stl, by: req.sessionActor(), now: req.now, on: req.db)
        return try await SessionDTO(session, slug: stl.slug).encodeResponse(status: .created, for: req)
    }

    @Sendable func show(req: Request) async throws -> SessionDetailDTO {
        try await req.require(.readPublic)
        let (stl, session) = try await req.stlSession()
        if !session.status.isPublic { try await req.require(.readSessionDrafts(stl.requireID())) }
        return SessionDetailDTO(try await SessionData.load(session, in: stl, on: req.db), language: req.language)
    }

    @Sendable func edit(req: Request) async throws -> SessionDTO {
        let stl = try await req.stl(requiring: Permission.convene)
        let session = try await SessionWrites.edit(
            try req.pathID(), try req.content.decode(ConveneInput.self), in: stl, by: req.sessionActor(), now: req.now, on: req.db)
        return SessionDTO(session, slug: stl.slug)
    }

    @Sendable func cancel(req: Request) async throws -> SessionDTO {
        let stl = try await req.stl(requiring: Permission.convene)
        let session = try await SessionWrites.cancel(
            try req.pathID(), try req.content.decode(CancelInput.self), in: stl, by: req.sessionActor(), on: req.db)
        return SessionDTO(session, slug: stl.slug)
    }

    @Sendable func addAgendaItem(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.runSession)
        let item = try await AgendaWrites.add(
            try req.content.decode(AgendaItemInput.self), to: try req.pathID(), in: stl, by: req.sessionActor(), now: req.now, on: req.db)
        return try await SessionDetailDTO.Item(
            id: item.id!, position: item.position, title: item.title, description: item.description,
            proposedBy: item.proposedBy, links: item.links, motions: []
        ).encodeResponse(status: .created, for: req)
    }

    @Sendable func editAgendaItem(req: Request) async throws -> SessionDetailDTO.Item {
        let stl = try await req.stl(requiring: Permission.runSession)
        let item = try await AgendaWrites.edit(
            try req.pathID("itemId"), try req.content.decode(AgendaItemUpdateInput.self), session: try req.pathID(),
            in: stl, by: req.sessionActor(), now: req.now, on: req.db)
        return SessionDetailDTO.Item(
            id: item.id!, position: item.position, title: item.title, description: item.description,
            proposedBy: item.proposedBy, links: item.links, motions: [])
    }

    @Sendable func withdrawAgendaItem(req: Request) async throws -> HTTPStatus {
        let stl = try await req.stl(requiring: Permission.runSession)
        try await AgendaWrites.withdraw(
            try req.pathID("itemId"), session: try req.pathID(), in: stl,
            by: req.sessionActor(), now: req.now, on: req.db)
        return .noContent
    }

    @Sendable func attendance(req: Request) async throws -> SessionDetailDTO {
        let stl = try await req.stl(requiring: Permission.runSession)
        let id = try req.pathID()
        let lines = try AttendanceWrites.lines(try req.content.decode(AttendanceInput.self))
        _ = try await AttendanceWrites.record(lines, session: id, in: stl, by: req.sessionActor(), now: req.now, on: req.db)
        let session = try await SessionScope.session(id, in: stl, on: req.db)
        return SessionDetailDTO(try await SessionData.load(session, in: stl, on: req.db), language: req.language)
    }

    @Sendable func motions(req: Request) async throws -> [MotionDTO] {
        try await req.require(.readPublic)
        let (stl, session) = try await req.stlSession()
        if !session.status.isPublic { try await req.require(.readSessionDrafts(stl.requireID())) }
        let data = try await SessionData.load(session, in: stl, on: req.db)
        return data.motions.map { MotionDTO($0, votes: data.votes(of: $0), data: data) }
    }

    @Sendable func createMotion(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.runSession)
        let motion = try await MotionWrites.create(
            try req.content.decode(MotionInput.self), session: try req.pathID(), in: stl, by: req.sessionActor(), now: req.now, on: req.db)
        return try await MotionDTO(motion, votes: [], data: nil).encodeResponse(status: .created, for: req)
    }

    @Sendable func minutes(req: Request) async throws -> MinutesDTO {
        try await req.require(.readPublic)
        let (stl, session) = try await req.stlSession()
        let data = try await SessionData.load(session, in: stl, on: req.db)
        let signatures = data.signatures.map { SignatureDTO($0, seat: data.seat($0.$seat.id)?.label ?? "") }
        if let minutes = data.minutes, let document = minutes.finalDocument {
            return MinutesDTO(
                status: minutes.status.rawValue, digest: minutes.digest, finalisedAt: minutes.finalisedAt,
                finalisedBy: minutes.finalisedBy, document: document, signatures: signatures)
        }
        // A draft is the members' working text.
        try await req.require(.readSessionDrafts(stl.requireID()))
        let preview = MinutesBuilder.document(data, finalisedAt: req.now, finalisedBy: "")
        return MinutesDTO(
            status: MinutesStatus.borrador.rawValue, digest: nil, finalisedAt: nil, finalisedBy: nil,
            document: preview, signatures: [])
    }

    @Sendable func saveMinutes(req: Request) async throws -> MinutesDTO {
        let stl = try await req.stl(requiring: Permission.runSession)
        _ = try await MinutesWrites.saveDraft(
            try req.content.decode(MinutesInput.self), session: try req.pathID(), in: stl, by: req.sessionActor(), on: req.db)
        return try await minutes(req: req)
    }

    @Sendable func finalise(req: Request) async throws -> MinutesDTO {
        let stl = try await req.stl(requiring: Permission.runSession)
        _ = try await MinutesWrites.finalise(session: try req.pathID(), in: stl, by: req.sessionActor(), now: req.now, on: req.db)
        return try await minutes(req: req)
    }

    @Sendable func sign(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.signMinutes)
        // Wrong passwords here are slowed down like at sign-in (LoginThrottle).
        let input = try req.content.decode(SignInput.self)
        let signature = try await LoginThrottle.guarding(req, typed: input.password) {
            try await SignatureWrites.sign(input, session: try req.pathID(), in: stl, by: req.sessionActor(), on: req.db)
        }
        let seat = try await Seat.find(signature.$seat.id, on: req.db)
        return try await SignatureDTO(signature, seat: seat?.label ?? "").encodeResponse(status: .created, for: req)
    }
}

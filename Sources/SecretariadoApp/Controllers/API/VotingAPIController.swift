import Fluent
import SecretariadoCore
import Vapor

/// Votes on motions, closing votes, proposals, agreements, the archive, the published keys
/// and the sessions calendar.
struct VotingAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.motionVotes(.key, .key).pathComponents, use: motion).openAPI(.showMotion)
        routes.post(APIURL.motionVotes(.key, .key).pathComponents, use: vote).openAPI(.castVote)
        routes.post(APIURL.motionClose(.key, .key).pathComponents, use: close).openAPI(.closeMotion)
        routes.get(APIURL.proposals(.key).pathComponents, use: proposals).openAPI(.listProposals)
        routes.post(APIURL.proposals(.key).pathComponents, use: propose).openAPI(.submitProposal)
        routes.post(APIURL.proposalDecline(.key, .key).pathComponents, use: decline).openAPI(.declineProposal)
        routes.get(APIURL.agreements(.key).pathComponents, use: agreements).openAPI(.listAgreements)
        routes.patch(APIURL.agreement(.key, .key).pathComponents, use: updateAgreement).openAPI(.updateAgreement)
        routes.get(APIURL.archive(.key).pathComponents, use: archive).openAPI(.archive)
        routes.get(APIURL.keys(.key).pathComponents, use: keys).openAPI(.memberKeys)
        routes.get(APIURL.archiveCheckpoint(.key).pathComponents, use: checkpoint).openAPI(.archiveCheckpoint)
        routes.get(APIURL.archiveCheckpoints(.key).pathComponents, use: checkpoints).openAPI(.archiveCheckpoints)
        routes.get(APIURL.platformKey.pathComponents, use: platformKey).openAPI(.platformKey)
        routes.get(APIURL.sessionsCalendar(.key).pathComponents, use: calendar).openAPI(.sessionsCalendar)
    }

    /// The motion with its votes per seat once closed (open votes stay private).
    @Sendable func motion(req: Request) async throws -> MotionDTO {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let (motion, session) = try await SessionScope.motion(try req.pathID(), in: stl, on: req.db)
        if !session.status.isPublic { try await req.require(.readSessionDrafts(stl.requireID())) }
        let data = try await SessionData.load(session, in: stl, on: req.db)
        return MotionDTO(motion, votes: data.votes(of: motion), data: data)
    }

    @Sendable func vote(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.vote)
        let id = try req.pathID()
        let cast = try await VoteWrites.cast(
            try req.content.decode(VoteInput.self), on: id, in: stl, by: req.sessionActor(), now: req.now, on: req.db,
            batcher: req.application.voteBatcher)
        return try await VoteDTO(motionId: id, option: cast.vote.option.rawValue, holderRole: cast.vote.holderRole.rawValue, replaced: cast.replaced)
            .encodeResponse(status: cast.replaced ? .ok : .created, for: req)
    }

    @Sendable func close(req: Request) async throws -> MotionDTO {
        let stl = try await req.stl(requiring: Permission.runSession)
        let motion = try await MotionWrites.close(try req.pathID(), in: stl, by: req.sessionActor(), now: req.now, on: req.db)
        let (_, session) = try await SessionScope.motion(motion.requireID(), in: stl, on: req.db)
        let data = try await SessionData.load(session, in: stl, on: req.db)
        return MotionDTO(motion, votes: data.votes(of: motion), data: data)
    }

    @Sendable func proposals(req: Request) async throws -> [ProposalDTO] {
        let stl = try await req.stl(requiring: Permission.readSessionDrafts)
        return try await AgendaProposal.query(on: req.db).filter(\.$secretariat.$id == stl.requireID())
            .sort(\.$createdAt, .descending).all().map(ProposalDTO.init)
    }

    @Sendable func propose(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.proposeAgenda)
        let proposal = try await ProposalWrites.submit(try req.content.decode(ProposalInput.self), in: stl, by: req.sessionActor(), on: req.db)
        return try await ProposalDTO(proposal).encodeResponse(status: .created, for: req)
    }

    /// Whoever integrates proposals into an agenda may decline one instead, with a reason.
    @Sendable func decline(req: Request) async throws -> ProposalDTO {
        let stl = try await req.stl(requiring: Permission.runSession)
        let input = try req.content.decode(ProposalDeclineInput.self)
        return ProposalDTO(try await ProposalWrites.decline(try req.pathID(), reason: input.reason, in: stl, by: req.sessionActor(), on: req.db))
    }

    // The agreements tracker: filters and who may update, in AgreementsAPI.
    @Sendable func agreements(req: Request) async throws -> [AgreementDTO] {
        try await AgreementsAPI.list(req)
    }

    @Sendable func updateAgreement(req: Request) async throws -> AgreementDTO {
        try await AgreementsAPI.setStatus(req)
    }

    @Sendable func archive(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        return try await json(ArchiveExport.build(for: stl, on: req.db), download: "archivo-\(stl.slug).json")
    }

    @Sendable func keys(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        return try await json(ArchiveExport.memberKeys(for: stl, on: req.db), download: nil)
    }

    /// The archive's current head signed by the platform, to keep and check later archives against.
    @Sendable func checkpoint(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let record = try await ArchiveCheckpoints.current(for: stl, on: req.db)
        let key = try await PlatformKeys.checkpointKey(on: req.db)
        return try json(
            ArchiveCheckpoints.published(record, secretariat: stl.slug, key: key), download: "punto-de-control-\(stl.slug)-\(record.entryCount).json")
    }

    @Sendable func checkpoints(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        return try await json(ArchiveCheckpoints.list(for: stl, on: req.db), download: nil)
    }

    @Sendable func platformKey(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        return try await json(PlatformKeys.published(PlatformKeys.checkpointKey(on: req.db)), download: nil)
    }

    @Sendable func calendar(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        return try await PublicCache.respond(req, following: .secretariat(try req.parameters.require("slug"))) {
            let stl = try await req.stl()
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .contentType, value: ICalendar.mediaType)
            headers.replaceOrAdd(name: .contentDisposition, value: "inline; filename=\"sesiones-\(stl.slug).ics\"")
            return Response(status: .ok, headers: headers, body: .init(data: try await SessionCalendar.build(for: stl, on: req.db).data()))
        }
    }

    /// Canonical JSON as is: the bytes a verifier reads are the bytes that were built.
    private func json(_ value: CanonicalValue, download: String?) throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        if let download {
            headers.replaceOrAdd(name: .contentDisposition, value: "inline; filename=\"\(download)\"")
        }
        return Response(status: .ok, headers: headers, body: .init(data: try CanonicalJSON.data(value)))
    }
}

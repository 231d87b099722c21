import Fluent
import SecretariadoCore
import Vapor

/// The civil-society election as the guarantor runs it (step 6): creating it with one
/// credential per validated organisation (sealed to it: no issuer sees one), re-issuing a credential, opening the vote and
/// closing it. The results page is public only after the close: before, nobody sees a count.
struct ElectionController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.installationElection(.key).pathComponents, use: show)
        routes.post(SiteURL.installationElection(.key).pathComponents, use: create)
        routes.post(SiteURL.installationElectionOpen(.key).pathComponents, use: openVoting)
        routes.post(SiteURL.installationElectionCredentials(.key).pathComponents, use: issueCredential)
        routes.post(SiteURL.installationElectionClose(.key).pathComponents, use: close)
        routes.get(SiteURL.installationResults(.key).pathComponents, use: results)
    }

    @Sendable func show(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        return try await page(req, stl: try await req.stl(), issued: [])
    }

    @Sendable func create(req: Request) async throws -> HTMLPage {
        let stl = try await req.stl(requiring: Permission.manageInstallation)
        let (_, issued) = try await ElectionWrites.create(try req.content.decode(ElectionInput.self), in: stl, by: req.auditActor, on: req.db)
        // Rendered, not redirected: the page says for whom credentials were issued (never
        // the credentials: they reach each organisation through its receipt).
        return try await page(req, stl: stl, issued: issued, status: .created)
    }

    @Sendable func issueCredential(req: Request) async throws -> HTMLPage {
        let stl = try await req.stl(requiring: Permission.manageInstallation)
        let issued = try await ElectionWrites.issueCredential(try req.content.decode(CredentialInput.self), in: stl, by: req.auditActor, on: req.db)
        return try await page(req, stl: stl, issued: [issued], status: .created)
    }

    @Sendable func openVoting(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.manageInstallation)
        try await ElectionWrites.openVoting(in: stl, by: req.auditActor, on: req.db)
        return req.savedRedirect(to: SiteURL.installationElection(.value(stl.slug)).path)
    }

    @Sendable func close(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.manageInstallation)
        _ = try await ElectionCloseWrites.close(in: stl, by: req.auditActor, on: req.db)
        return req.redirect(to: SiteURL.installationResults(.value(stl.slug)).path, redirectType: .normal)
    }

    @Sendable func results(req: Request) async throws -> HTMLPage {
        let stl = try await req.stl()
        guard let election = try await ElectionWrites.latest(in: stl.requireID(), on: req.db) else {
            throw ElectionWrites.noElection
        }
        try await req.require(election.closedAt == nil ? .readElectionPartialResults(stl.requireID()) : .readPublic)
        let count = try await ElectionCount.load(election, on: req.db)
        return HTMLPage(ResultsPage.View(model: .init(stl: stl, count: count), context: PageContext(req)).html)
    }

    private func page(_ req: Request, stl: Secretariat, issued: [ElectionWrites.IssuedCredential], status: HTTPResponseStatus = .ok) async throws
        -> HTMLPage
    {
        let id = try stl.requireID()
        let election = try await ElectionWrites.latest(in: id, on: req.db)
        var count: ElectionCount?
        if let election { count = try await ElectionCount.load(election, on: req.db) }
        let validated = try await CallRegistration.query(on: req.db).filter(\.$secretariat.$id == id)
            .filter(\.$status == .validada).sort(\.$organizationName).all()
        var model = ElectionPage.Model(
            stl: stl, count: count, validated: validated, issued: issued,
            canManage: try await req.can(.manageInstallation(id)), saved: req.wasSaved)
        if let electionID = election?.id {
            model.resultsActa = try await AttachmentsSection.model(
                req, kind: .election, targetID: electionID, in: stl,
                title: req.language == .es ? "Acta de resultados" : "Results acta")
        }
        return HTMLPage(ElectionPage.View(model: model, context: PageContext(req)).html, status: status)
    }
}

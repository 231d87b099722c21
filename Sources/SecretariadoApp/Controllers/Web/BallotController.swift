import Fluent
import SecretariadoCore
import Vapor

/// What an organisation does with its credential link: nominate, then vote. Government
/// and guarantor-body users are refused even holding a link (`.castElectionBallot`).
struct BallotController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.installationBallot(.key, .key).pathComponents, use: show)
        routes.post(SiteURL.installationBallot(.key, .key).pathComponents, use: cast)
        routes.post(SiteURL.installationNomination(.key, .key).pathComponents, use: nominate)
        routes.get(SiteURL.installationReceipt(.key, .key).pathComponents, use: receipt)
        routes.post(SiteURL.installationReceiptCredential(.key, .key).pathComponents, use: revealCredential)
    }

    /// The organisation's private receipt: the code in the path is its authorisation, and
    /// public-body accounts are refused like on the ballot (`.castElectionBallot`).
    @Sendable func receipt(req: Request) async throws -> HTMLPage {
        let stl = try await req.stl(requiring: Permission.castElectionBallot)
        let code = try req.parameters.require("code")
        return try await receiptPage(req, stl: stl, code: code, ballotPath: nil)
    }

    /// The one-time reveal: a POST, so that link previews never spend it.
    @Sendable func revealCredential(req: Request) async throws -> HTMLPage {
        let stl = try await req.stl(requiring: Permission.castElectionBallot)
        let code = try req.parameters.require("code")
        let (_, token) = try await RegistrationReceipt.reveal(code, in: stl, on: req.db)
        return try await receiptPage(req, stl: stl, code: code, ballotPath: SiteURL.installationBallot(.value(stl.slug), .value(token)).path)
    }

    private func receiptPage(_ req: Request, stl: Secretariat, code: String, ballotPath: String?) async throws -> HTMLPage {
        let view = try await RegistrationReceipt.view(code, in: stl, on: req.db)
        let model = ReceiptPage.Model(stl: stl, code: code, receipt: view, ballotPath: ballotPath)
        // HTML pages are `no-store`: the one reveal is not kept by a shared cache.
        return HTMLPage(ReceiptPage.View(model: model, context: PageContext(req)).html)
    }

    @Sendable func show(req: Request) async throws -> HTMLPage {
        let (stl, token) = try await authorized(req)
        return try await page(req, stl: stl, token: token, state: req.wasSaved ? .nominated : .open)
    }

    @Sendable func nominate(req: Request) async throws -> Response {
        let (stl, token) = try await authorized(req)
        _ = try await BallotWrites.nominate(token: token, try req.content.decode(NominationInput.self), in: stl, on: req.db)
        return req.savedRedirect(to: SiteURL.installationBallot(.value(stl.slug), .value(token)).path)
    }

    /// Marks arrive as `c-<candidate id>` fields (one checkbox per candidate).
    @Sendable func cast(req: Request) async throws -> HTMLPage {
        let (stl, token) = try await authorized(req)
        let fields = try req.content.decode([String: String].self)
        var choices: [UUID] = []
        for key in fields.keys.sorted() where key.hasPrefix("c-") {
            guard let id = UUID(uuidString: String(key.dropFirst(2))) else {
                throw AppError.invalid(
                    field: "choices",
                    Localized(
                        es: "La boleta marca una candidatura no válida.", en: "The ballot marks an invalid candidate."))
            }
            choices.append(id)
        }
        try await BallotWrites.cast(token: token, choices: choices, in: stl, on: req.db)
        return try await page(req, stl: stl, token: token, state: .voted, status: .created)
    }

    private func authorized(_ req: Request) async throws -> (Secretariat, String) {
        let stl = try await req.stl(requiring: Permission.castElectionBallot)
        return (stl, try req.parameters.require("token"))
    }

    private func page(_ req: Request, stl: Secretariat, token: String, state: BallotPage.State, status: HTTPResponseStatus = .ok) async throws
        -> HTMLPage
    {
        let (credential, election) = try await BallotWrites.credential(token, in: stl.requireID(), on: req.db)
        let model = BallotPage.Model(
            stl: stl, token: token, organization: credential.registration.organizationName,
            hasVoted: credential.usedAt != nil, count: try await ElectionCount.load(election, on: req.db),
            validated: try await CallRegistration.query(on: req.db).filter(\.$secretariat.$id == stl.requireID())
                .filter(\.$status == .validada).sort(\.$organizationName).all(),
            state: state)
        return HTMLPage(BallotPage.View(model: model, context: PageContext(req)).html, status: status)
    }
}

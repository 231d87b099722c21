import Fluent
import SecretariadoCore
import Vapor

/// A signed-in user's own account and API tokens (`.manageOwnAccount`).
struct AccountController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.account.pathComponents, use: show)
        routes.post(SiteURL.accountTokens.pathComponents, use: createToken)
    }

    @Sendable func show(req: Request) async throws -> HTMLPage {
        try await req.require(.manageOwnAccount)
        return try await page(req, newToken: nil)
    }

    struct TokenForm: Content {
        var name: String?
    }

    @Sendable func createToken(req: Request) async throws -> HTMLPage {
        try await req.require(.manageOwnAccount)
        let user = try req.auth.require(User.self)
        let name = try FieldCheck.required(try req.content.decode(TokenForm.self).name, "name", maxLength: 100)
        let minted = APITokens.mint()
        try await req.db.writeTransaction { db in
            let token = APIToken(userID: try user.requireID(), name: name, tokenHash: minted.hash)
            try await token.create(on: db)
            try await AuditLog.record(
                on: db, actor: req.auditActor, secretariatID: nil, action: .create, entity: "api_token",
                entityID: token.id?.uuidString, summary: "Token de API creado: \(name)",
                before: nil as String?, after: name)
        }
        return try await page(req, newToken: minted.token)
    }

    private func page(_ req: Request, newToken: String?) async throws -> HTMLPage {
        let user = try req.auth.require(User.self)
        let grants = try await RoleGrant.query(on: req.db).filter(\.$user.$id == user.requireID())
            .with(\.$secretariat).all()
        // A seat's grant lists as current only while its term runs (the same rule as the rights).
        let termIDs = grants.compactMap(\.termID)
        let terms = termIDs.isEmpty ? [] : try await SeatTerm.query(on: req.db).filter(\.$id ~~ termIDs).all()
        let ended = Dictionary(uniqueKeysWithValues: terms.compactMap { term in term.id.map { ($0, !term.isCurrent) } })
        let tokens = try await APIToken.query(on: req.db).filter(\.$user.$id == user.requireID())
            .sort(\.$createdAt, .descending).all()
        let model = AccountPage.Model(
            user: user, roles: grants.map { grant in
                let termEnded = grant.termID.flatMap { ended[$0] }
                return (grant, grant.secretariat.name, GrantStanding.of(
                    role: grant.role, boundTermExists: termEnded != nil, boundTermEnded: termEnded ?? false))
            }, tokens: tokens, newToken: newToken)
        return HTMLPage(AccountPage.View(model: model, context: PageContext(req)).html)
    }
}

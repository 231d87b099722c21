import Fluent
import SecretariadoCore
import Vapor

/// A signed-in user's own account: roles, password and API tokens (`.manageOwnAccount`).
struct AccountController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.account.pathComponents, use: show)
        routes.get(SiteURL.accountTokens.pathComponents, use: tokens)
        routes.post(SiteURL.accountTokens.pathComponents, use: createToken)
        routes.post(SiteURL.accountTokenRevoke(.key).pathComponents, use: revokeToken)
        routes.get(SiteURL.accountPassword.pathComponents, use: passwordForm)
        routes.post(SiteURL.accountPassword.pathComponents, use: changePassword)
    }

    @Sendable func show(req: Request) async throws -> HTMLPage {
        try await req.require(.manageOwnAccount)
        let user = try req.auth.require(User.self)
        let userID = try user.requireID()
        let grants = try await RoleGrant.query(on: req.db).filter(\.$user.$id == userID)
            .with(\.$secretariat).with(\.$seat).all()
        let sectorNames = try await Self.sectorNames(in: Set(grants.map { $0.$secretariat.id }), on: req.db)
        // A seat's grant lists as current only while its term runs (the same rule as the rights).
        let lines = zip(grants, try await Request.standing(of: grants, on: req.db))
            .map { grant, standing in
                AccountPage.RoleLine(
                    role: grant.role.label, stlName: grant.secretariat.name, stlSlug: grant.secretariat.slug,
                    sector: grant.sector.map {
                        sectorNames[SectorKey(stl: grant.$secretariat.id, code: $0)] ?? Sector.displayName(of: SectorCode(rawValue: $0))
                    },
                    seatNumber: grant.seat?.number, holderRole: grant.holderRole?.label,
                    withoutRights: standing.confersRights ? nil : standing.note)
            }
            .sorted { ($0.stlName, $0.role.es) < ($1.stlName, $1.role.es) }
        let roles = lines.filter { $0.withoutRights == nil }
        let tokenCount = try await APIToken.query(on: req.db).filter(\.$user.$id == userID).count()
        let model = AccountPage.Model(
            name: user.name, email: user.email, isAdmin: user.isAdmin, roles: roles,
            withoutRights: lines.filter { $0.withoutRights != nil },
            nationalRoles: try await Request.nationalRoles(of: userID, on: req.db).sorted { $0.rawValue < $1.rawValue }.map(\.label),
            tokenCount: tokenCount,
            passwordChanged: req.query[String.self, at: "contrasena"] != nil)
        return HTMLPage(AccountPage.View(model: model, context: PageContext(req)).html)
    }

    struct SectorKey: Hashable {
        let stl: UUID
        let code: String
    }

    /// The STLs' own names for their sectors (they may add or rename sectors).
    static func sectorNames(in stls: Set<UUID>, on db: any Database) async throws -> [SectorKey: Localized] {
        guard !stls.isEmpty else { return [:] }
        let records = try await SectorRecord.query(on: db).filter(\.$secretariat.$id ~~ Array(stls)).all()
        return Dictionary(
            records.map { (SectorKey(stl: $0.$secretariat.id, code: $0.code), Localized(es: $0.nameEs, en: $0.nameEn)) },
            uniquingKeysWith: { first, _ in first })
    }

    // MARK: API tokens

    @Sendable func tokens(req: Request) async throws -> HTMLPage {
        try await req.require(.manageOwnAccount)
        return try await tokensPage(req, newToken: nil)
    }

    struct TokenForm: Content {
        var name: String?
    }

    @Sendable func createToken(req: Request) async throws -> HTMLPage {
        try await req.require(.manageOwnAccount)
        let user = try req.auth.require(User.self)
        let token = try await UserWrites.createToken(
            named: try req.content.decode(TokenForm.self).name, for: user, by: req.auditActor, on: req.db)
        // Rendered directly (not redirected) so the token is shown exactly once.
        return try await tokensPage(req, newToken: token)
    }

    @Sendable func revokeToken(req: Request) async throws -> Response {
        try await req.require(.manageOwnAccount)
        let user = try req.auth.require(User.self)
        try await UserWrites.revokeToken(try req.pathID("tokenID"), of: user.requireID(), by: req.auditActor, on: req.db)
        return req.redirect(to: SiteURL.accountTokens.path + "?revocado=1")
    }

    private func tokensPage(_ req: Request, newToken: String?) async throws -> HTMLPage {
        let user = try req.auth.require(User.self)
        let tokens = try await APIToken.query(on: req.db).filter(\.$user.$id == user.requireID())
            .sort(\.$createdAt, .descending).all()
        let model = AccountTokensPage.Model(
            tokens: try tokens.map { .init(id: try $0.requireID(), name: $0.name, createdAt: $0.createdAt, lastUsedAt: $0.lastUsedAt) },
            newToken: newToken, revoked: req.query[String.self, at: "revocado"] != nil)
        return HTMLPage(AccountTokensPage.View(model: model, context: PageContext(req)).html)
    }

    // MARK: password

    @Sendable func passwordForm(req: Request) async throws -> HTMLPage {
        try await req.require(.manageOwnAccount)
        return HTMLPage(AccountPasswordPage.View(context: PageContext(req)).html)
    }

    @Sendable func changePassword(req: Request) async throws -> Response {
        try await req.require(.manageOwnAccount)
        let user = try req.auth.require(User.self)
        let input = try req.content.decode(UserWrites.PasswordChangeInput.self)
        // A stolen session must not be able to guess the current password any faster than
        // the sign-in form allows.
        try await LoginThrottle.guarding(req, typed: input.currentPassword, field: "currentPassword") {
            try await UserWrites.changePassword(
                input, of: user, keepingSession: WebSessions.currentID(of: req), by: req.auditActor, on: req.db)
        }
        return req.redirect(to: SiteURL.account.path + "?contrasena=1")
    }
}

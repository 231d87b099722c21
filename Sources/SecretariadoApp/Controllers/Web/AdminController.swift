import Fluent
import SecretariadoCore
import Vapor

/// Platform administration. Every handler requires `.administerPlatform`.
struct AdminController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.admin.pathComponents, use: show)
        routes.post(SiteURL.adminUsers.pathComponents, use: createUser)
        routes.post(SiteURL.adminUserGrants(.key).pathComponents, use: grant)
        routes.post(SiteURL.adminSecretariats.pathComponents, use: createSecretariat)
        routes.get(SiteURL.adminAudit.pathComponents, use: audit)
    }

    @Sendable func audit(req: Request) async throws -> HTMLPage {
        try await req.require(.administerPlatform)
        let entries = try await AuditEntry.query(on: req.db).sort(\.$at, .descending).limit(500).all()
        let names = Dictionary(uniqueKeysWithValues: try await Secretariat.query(on: req.db).all().map { ($0.id!, $0.name) })
        return HTMLPage(AuditLogPage.platform(entries: entries, names: names, context: PageContext(req)))
    }

    @Sendable func show(req: Request) async throws -> HTMLPage {
        try await req.require(.administerPlatform)
        return try await page(req, createdUser: nil)
    }

    struct UserForm: Content {
        var email: String?
        var name: String?
        var password: String?
    }

    @Sendable func createUser(req: Request) async throws -> HTMLPage {
        try await req.require(.administerPlatform)
        let form = try req.content.decode(UserForm.self)
        let (user, generated) = try await UserWrites.create(
            email: form.email, name: form.name, password: form.password, isAdmin: false,
            by: req.auditActor, on: req.db)
        // Rendered directly (not redirected) so a generated password is shown exactly once.
        return try await page(req, createdUser: generated.map { (user.email, $0) }, saved: true)
    }

    @Sendable func grant(req: Request) async throws -> Response {
        try await req.require(.administerPlatform)
        guard let id = req.parameters.get("userID", as: UUID.self), let user = try await User.find(id, on: req.db) else {
            throw AppError.notFound(.init(es: "No existe esa cuenta.", en: "There is no such account."))
        }
        _ = try await UserWrites.grant(try req.content.decode(UserWrites.GrantInput.self), to: user, by: req.auditActor, on: req.db)
        return req.redirect(to: SiteURL.admin.path + "?guardado=1")
    }

    @Sendable func createSecretariat(req: Request) async throws -> Response {
        try await req.require(.administerPlatform)
        let stl = try await SecretariatWrites.create(try req.content.decode(SecretariatInput.self), by: req.auditActor, on: req.db)
        return req.redirect(to: SiteURL.secretariat(.value(stl.slug)).path)
    }

    private func page(_ req: Request, createdUser: (String, String)?, saved: Bool = false) async throws -> HTMLPage {
        let users = try await User.query(on: req.db).sort(\.$email).with(\.$grants).all()
        let secretariats = try await Secretariat.query(on: req.db).sort(\.$name).all()
        let names = Dictionary(uniqueKeysWithValues: secretariats.map { ($0.id!, $0.name) })
        let model = AdminPage.Model(
            users: users.map { user in
                .init(user: user, grants: user.grants.map { ($0, names[$0.$secretariat.id] ?? "—") })
            },
            secretariats: secretariats.map { ($0.slug, $0.name) },
            createdUser: createdUser.map { (email: $0.0, password: $0.1) },
            saved: saved || req.query[String.self, at: "guardado"] != nil)
        return HTMLPage(AdminPage.View(model: model, context: PageContext(req)).html)
    }
}

import Fluent
import SecretariadoCore
import Vapor

struct AuthController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.login.pathComponents, use: form)
        routes.post(SiteURL.login.pathComponents, use: login)
        routes.post(SiteURL.logout.pathComponents, use: logout)
    }

    struct LoginInput: Content {
        var email: String?
        var password: String?
        var next: String?
    }

    @Sendable func form(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        let model = LoginPage.Model(next: Self.safeNext(req.query[String.self, at: "next"]), error: nil, email: nil)
        return HTMLPage(LoginPage.View(model: model, context: PageContext(req)).html)
    }

    @Sendable func login(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        let input = try req.content.decode(LoginInput.self)
        let email = (input.email ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let next = Self.safeNext(input.next)
        let address = LoginThrottle.address(of: req)
        try await LoginThrottle.check(email: email, address: address, on: req.db)
        let user = try await User.query(on: req.db).filter(\.$email == email).first()
        // Bcrypt runs on a thread pool: verifying must not block the event loop.
        let valid = try await verify(password: input.password ?? "", hash: user?.passwordHash, on: req)
        guard let user, valid else {
            try await LoginThrottle.recordFailure(email: email, address: address, on: req.db)
            let context = PageContext(req)
            let model = LoginPage.Model(
                next: next, error: context.t("Correo o contraseña incorrectos.", "Wrong e-mail or password."), email: email)
            return try await HTMLPage(LoginPage.View(model: model, context: context).html, status: .unauthorized)
                .encodeResponse(for: req)
        }
        // No session exists before login (anonymous pages never create one), so the
        // session id is always new here: no fixation.
        req.auth.login(user)
        req.session.authenticate(user)
        return req.redirect(to: next)
    }

    @Sendable func logout(req: Request) async throws -> Response {
        req.auth.logout(User.self)
        req.session.unauthenticate(User.self)
        req.session.destroy()
        return req.redirect(to: SiteURL.home.path)
    }

    private func verify(password: String, hash: String?, on req: Request) async throws -> Bool {
        // Compare against a dummy hash for unknown e-mails so timing does not reveal accounts.
        let target = hash ?? Self.dummyHash
        return (try? await req.password.async.verify(password, created: target)) ?? false
    }

    private static let dummyHash: String = (try? Bcrypt.hash("sin-cuenta")) ?? ""

    /// Only a plain local path (no other site, no header-breaking characters); anything
    /// else goes home.
    static func safeNext(_ next: String?) -> String {
        LocalPath.redirectTarget(next) ?? SiteURL.home.path
    }
}

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
        let model = LoginPage.Model(next: Self.chosenNext(req.query[String.self, at: "next"]), error: nil, email: nil)
        return HTMLPage(LoginPage.View(model: model, context: PageContext(req)).html)
    }

    @Sendable func login(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        let input = try req.content.decode(LoginInput.self)
        let email = (input.email ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let next = Self.chosenNext(input.next)
        let address = LoginThrottle.address(of: req)
        do {
            try await LoginThrottle.check(email: email, address: address, on: req.db)
        } catch AppError.tooManyRequests(let seconds) {
            // The form again, saying how long to wait: a wait, never a lock.
            let context = PageContext(req)
            let model = LoginPage.Model(
                next: next,
                error: context.t(
                    "Demasiados intentos fallidos. Espera \(seconds) segundos y vuelve a intentarlo.",
                    "Too many failed attempts. Wait \(seconds) seconds and try again."), email: email)
            let response = try await HTMLPage(LoginPage.View(model: model, context: context).html, status: .tooManyRequests)
                .encodeResponse(for: req)
            response.headers.replaceOrAdd(name: .retryAfter, value: "\(seconds)")
            return response
        }
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
        try await LoginThrottle.recordSuccess(email: email, on: req.db)
        // A new session id at every sign-in, the browser's previous one deleted: a cookie
        // planted before sign-in never becomes a signed-in session (fixation).
        // Without a page to return to, people land on what waits for them («Mi trabajo»).
        let response = req.redirect(to: next.isEmpty ? SiteURL.myWork.path : next)
        try await WebSessions.start(for: user, on: req, response: response)
        return response
    }

    @Sendable func logout(req: Request) async throws -> Response {
        let response = req.redirect(to: SiteURL.home.path)
        try await WebSessions.end(on: req, response: response)
        return response
    }

    private func verify(password: String, hash: String?, on req: Request) async throws -> Bool {
        // Compare against a dummy hash for unknown e-mails so timing does not reveal accounts.
        let target = hash ?? Self.dummyHash
        return (try? await req.password.async.verify(password, created: target)) ?? false
    }

    private static let dummyHash: String = (try? Bcrypt.hash("sin-cuenta")) ?? ""

    /// The page to return to after signing in, when one was given ("" when none was).
    static func chosenNext(_ next: String?) -> String {
        guard let next, !next.isEmpty else { return "" }
        return safeNext(next)
    }

    /// Only a plain local path (no other site, no header-breaking characters); anything
    /// else goes home.
    static func safeNext(_ next: String?) -> String {
        LocalPath.redirectTarget(next) ?? SiteURL.home.path
    }
}

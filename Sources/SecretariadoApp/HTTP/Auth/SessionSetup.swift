import Vapor

/// Session cookies: HttpOnly, SameSite=Lax, and Secure when the site is served over HTTPS
/// (`SECRETARIADO_PUBLIC_URL=https://…`). Sessions live in the database (`WebSessions`),
/// so several server instances can share one PostgreSQL.
enum SessionSetup {
    static let cookieName = "stl_sesion"
    /// A session ends this long after sign-in, whatever the browser does with the cookie.
    static let maxAge: TimeInterval = 12 * 60 * 60

    static var secureCookies: Bool {
        Environment.get("SECRETARIADO_PUBLIC_URL")?.lowercased().hasPrefix("https://") ?? false
    }

    static func cookie(_ token: String) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: token, expires: Date(timeIntervalSinceNow: maxAge), maxAge: Int(maxAge), domain: nil,
            path: "/", isSecure: secureCookies, isHTTPOnly: true, sameSite: .lax)
    }

    static var expiredCookie: HTTPCookies.Value {
        HTTPCookies.Value(
            string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, domain: nil, path: "/",
            isSecure: secureCookies, isHTTPOnly: true, sameSite: .lax)
    }

    /// The framework's session middleware is no longer routed (`WebSessionMiddleware`
    /// replaced it); its configuration stays consistent in case a route group uses it.
    static func configuration(for app: Application) -> SessionsConfiguration {
        SessionsConfiguration(cookieName: cookieName) { cookie($0.string) }
    }
}

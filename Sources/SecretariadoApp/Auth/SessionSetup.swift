import Vapor

/// Session cookies: HttpOnly, SameSite=Lax, and Secure when the site is served over HTTPS
/// (`SECRETARIADO_PUBLIC_URL=https://…`). Sessions live in the database, so several
/// server instances can share one PostgreSQL.
enum SessionSetup {
    static let cookieName = "stl_sesion"

    static var secureCookies: Bool {
        Environment.get("SECRETARIADO_PUBLIC_URL")?.lowercased().hasPrefix("https://") ?? false
    }

    static func configuration(for app: Application) -> SessionsConfiguration {
        let secure = secureCookies
        return SessionsConfiguration(cookieName: cookieName) { sessionID in
            HTTPCookies.Value(
                string: sessionID.string, expires: Date(timeIntervalSinceNow: 60 * 60 * 12),
                maxAge: nil, domain: nil, path: "/", isSecure: secure, isHTTPOnly: true,
                sameSite: .lax)
        }
    }
}

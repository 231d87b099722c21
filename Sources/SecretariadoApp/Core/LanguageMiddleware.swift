import SecretariadoCore
import Vapor

/// Picks the interface language: `?lang=en|es` (remembered in a cookie), else the cookie,
/// else Spanish. Spanish is the default whatever the browser says: the product speaks
/// Spanish first (product.md §1).
struct LanguageMiddleware: AsyncMiddleware {
    static let cookieName = "lang"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // Decoding the query costs more than the rest of a cached page: look first.
        let asks = request.url.query?.contains("lang=") ?? false
        let chosen = asks ? request.query[String.self, at: "lang"].flatMap(Language.init(rawValue:)) : nil
        let remembered = request.cookies[Self.cookieName].flatMap { Language(rawValue: $0.string) }
        request.language = chosen ?? remembered ?? .default
        let response = try await next.respond(to: request)
        if let chosen, chosen != remembered {
            response.cookies[Self.cookieName] = HTTPCookies.Value(
                string: chosen.rawValue, maxAge: 60 * 60 * 24 * 365, path: "/",
                isHTTPOnly: true, sameSite: .lax)
        }
        return response
    }
}

extension Request {
    private struct LanguageKey: StorageKey { typealias Value = Language }

    var language: Language {
        get { storage[LanguageKey.self] ?? .default }
        set { storage[LanguageKey.self] = newValue }
    }
}

import SecretariadoCore
import Vapor

/// Picks the interface language: `?lang=en|es` (remembered in a cookie), else the cookie,
/// else the browser's `Accept-Language` when it prefers one of ours, else Spanish. A choice
/// made on the site always wins over what the browser says.
struct LanguageMiddleware: AsyncMiddleware {
    static let cookieName = "lang"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // Decoding the query costs more than the rest of a cached page: look first.
        let asks = request.url.query?.contains("lang=") ?? false
        let chosen = asks ? request.query[String.self, at: "lang"].flatMap(Language.init(rawValue:)) : nil
        let remembered = request.cookies[Self.cookieName].flatMap { Language(rawValue: $0.string) }
        let browser =
            chosen == nil && remembered == nil
            ? Language.preferred(acceptLanguage: request.headers.first(name: .acceptLanguage)) : nil
        request.language = chosen ?? remembered ?? browser ?? .default
        let response = try await next.respond(to: request)
        // Caches must keep the pages of each language apart.
        let vary = response.headers.first(name: .vary)
        if response.headers.contentType == .html, !(vary?.lowercased().contains("accept-language") ?? false) {
            response.headers.replaceOrAdd(name: .vary, value: vary.map { "\($0), Accept-Language" } ?? "Accept-Language, Cookie")
        }
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

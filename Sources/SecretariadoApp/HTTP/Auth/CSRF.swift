import Crypto
import Vapor

/// Cross-site request forgery protection for forms, by double submission: a random token
/// in a SameSite=Strict, HttpOnly cookie must equal the hidden `_csrf` field. It needs no
/// server-side state, so any instance can check any form.
enum CSRF {
    static let cookieName = "stl_csrf"
    static let fieldName = "_csrf"

    /// The request's token, minting one (to be set as a cookie) when absent.
    static func token(for request: Request) -> String {
        if let existing = request.cookies[cookieName]?.string, existing.count >= 32 {
            return existing
        }
        if let minted = request.storage[MintedKey.self] { return minted }
        let minted = Data(SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) })
            .base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        request.storage[MintedKey.self] = minted
        return minted
    }

    struct MintedKey: StorageKey { typealias Value = String }

    /// Sets the cookie for a token minted while rendering this response.
    static func attachCookie(to response: Response, for request: Request) {
        guard let minted = request.storage[MintedKey.self] else { return }
        response.cookies[cookieName] = HTTPCookies.Value(
            string: minted, path: "/", isSecure: SessionSetup.secureCookies, isHTTPOnly: true,
            sameSite: .strict)
    }
}

/// Checks the token on every unsafe web request and sets the cookie when a page minted one.
/// The API is exempt: it authenticates by bearer token, never by cookie.
struct CSRFMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.method != .GET, request.method != .HEAD, !request.isAPI {
            // Route middleware runs before the route collects the body, and a body larger
            // than one network read arrives in several chunks: read it whole (bounded)
            // first, or the token field would not be there yet.
            let size: Int
            do {
                size = try await request.body.collect(max: BodyLimit.cap(for: request)).get()?.readableBytes ?? 0
            } catch let abort as any AbortError where abort.status == .payloadTooLarge {
                throw FormTooLarge(
                    size: nil, limit: BodyLimit.limit(for: request), cap: BodyLimit.cap(for: request), forDocument: BodyLimit.isDocument(request))
            }
            let cookie = request.cookies[CSRF.cookieName]?.string
            // A file upload is split by its boundary (`MultipartBody`), not decoded field by field.
            let field: String?
            if BodyLimit.isDocument(request), let multipart = MultipartBody(request) {
                field = multipart.text(CSRF.fieldName)
            } else {
                field = try? request.content.get(String.self, at: CSRF.fieldName)
            }
            guard let cookie, let field, !cookie.isEmpty,
                Self.constantTimeEquals(cookie, field)
            else { throw AppError.csrfMismatch }
            let limit = BodyLimit.limit(for: request)
            if size > limit { throw FormTooLarge(size: size, limit: limit, cap: BodyLimit.cap(for: request)) }
        }
        let response = try await next.respond(to: request)
        CSRF.attachCookie(to: response, for: request)
        return response
    }

    static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

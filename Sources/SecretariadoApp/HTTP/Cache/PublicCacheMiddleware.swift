import Vapor

/// Answers anonymous GETs of cached public pages before routing, so that a hit skips the
/// route's sessions, CSRF and handler — a third of a cached page's time (docs/benchmarks.md).
/// A miss goes on down the chain, where the handler renders and stores the page.
struct PublicCacheMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let cached = try await PublicCache.hit(request) { return cached }
        return try await next.respond(to: request)
    }
}

import Vapor

/// A known path asked with a method it does not have (TRACE, PUT on a read-only list…)
/// answers 405 with `Allow` listing the methods it has, as HTTP says, instead of a 404 that
/// would claim the resource does not exist.
struct MethodNotAllowedMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let notFound as RouteNotFound {
            let allowed = Self.methods(for: request.url.path, in: request.application.routes.all)
            guard !allowed.isEmpty else { throw notFound }
            throw MethodNotAllowed(allowed: allowed)
        }
    }

    /// The methods of every route whose path matches `path` (a parameter matches any one
    /// segment, a catch-all the rest). HEAD comes with GET, as the server answers it.
    static func methods(for path: String, in routes: [Route]) -> [HTTPMethod] {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        // As the router does, a constant segment wins over a parameter: `/sessions/requests`
        // is not `/sessions/{id}`. Only the routes of the most specific matching path count.
        let matching = routes.filter { matches($0.path, segments) }
        func rank(_ path: [PathComponent]) -> [Int] {
            path.map { if case .constant = $0 { 2 } else if case .catchall = $0 { 0 } else { 1 } }
        }
        guard let best = matching.map({ rank($0.path) }).max(by: { $0.lexicographicallyPrecedes($1) }) else { return [] }
        var methods: [HTTPMethod] = []
        for route in matching where rank(route.path) == best {
            if !methods.contains(route.method) { methods.append(route.method) }
            if route.method == .GET, !methods.contains(.HEAD) { methods.append(.HEAD) }
        }
        return methods.sorted { $0.rawValue < $1.rawValue }
    }

    private static func matches(_ pattern: [PathComponent], _ segments: [String]) -> Bool {
        for (index, component) in pattern.enumerated() {
            switch component {
            case .catchall: return segments.count > index
            case .anything, .parameter: guard index < segments.count else { return false }
            case .constant(let text): guard index < segments.count, segments[index] == text else { return false }
            }
        }
        return pattern.count == segments.count
    }
}

/// 405 with the `Allow` header; the error middleware renders it as any other 4xx.
struct MethodNotAllowed: AbortError {
    let allowed: [HTTPMethod]
    var status: HTTPResponseStatus { .methodNotAllowed }
    var reason: String { "Método no permitido en esta dirección; se admite: \(allowed.map(\.rawValue).joined(separator: ", "))." }
    var headers: HTTPHeaders { ["Allow": allowed.map(\.rawValue).joined(separator: ", ")] }
}

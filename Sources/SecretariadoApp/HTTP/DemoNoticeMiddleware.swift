import SecretariadoCore
import Vapor

/// Decides, for each page, the «Datos de demostración» notice its layout shows
/// (`PageContext.demoNotice`). API answers mark each invented record instead (`demo: true`).
struct DemoNoticeMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method == .GET || request.method == .HEAD, !request.url.path.hasPrefix("/api/") else {
            return try await next.respond(to: request)
        }
        let snapshot = try await request.application.demoContent.snapshot(on: request.db)
        let parts = request.url.path.split(separator: "/")
        let slug = parts.first == "stl" && parts.count > 1 ? String(parts[1]) : nil
        request.storage[DemoNoticeKey.self] = DemoNotice.forPage(stlSlug: slug, invented: snapshot.invented, withRecords: snapshot.withRecords)
        return try await next.respond(to: request)
    }
}

struct DemoNoticeKey: StorageKey {
    typealias Value = DemoNotice
}

extension Request {
    var demoNotice: DemoNotice? { storage[DemoNoticeKey.self] }
}

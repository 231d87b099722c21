import Fluent
import NIOConcurrencyHelpers
import SecretariadoCore
import SQLKit
import Vapor

/// Which STLs hold invented data, read once and kept for a moment: every page asks, and
/// the answer changes only when the demo is loaded. Re-read after a write of this process
/// and at most `maximumAge` later (another process may have run `demo load`).
final class DemoContent: Sendable {
    struct Snapshot: Sendable {
        var invented: Set<String> = []
        var withRecords: Set<String> = []
    }

    static let maximumAge: TimeInterval = 30
    private let state = NIOLockedValueBox<(snapshot: Snapshot, writes: UInt64, at: Date)?>(nil)

    func snapshot(on db: any Database) async throws -> Snapshot {
        let writes = LocalWrites.count
        if let kept = state.withLockedValue({ $0 }), kept.writes == writes, Date().timeIntervalSince(kept.at) < Self.maximumAge {
            return kept.snapshot
        }
        var snapshot = Snapshot()
        if let sql = db as? any SQLDatabase {
            struct Row: Decodable { let slug: String; let demo: Bool? }
            let rows = try await sql.select().columns("slug", "demo").from(Secretariat.schema)
                .where("demo", .equal, true).orWhere("demo_records", .equal, true).all(decoding: Row.self)
            for row in rows {
                if row.demo == true { snapshot.invented.insert(row.slug) } else { snapshot.withRecords.insert(row.slug) }
            }
        }
        state.withLockedValue { $0 = (snapshot, writes, Date()) }
        return snapshot
    }
}

extension Application {
    private struct DemoContentKey: StorageKey {
        typealias Value = DemoContent
    }

    var demoContent: DemoContent {
        if let existing = storage[DemoContentKey.self] { return existing }
        let created = DemoContent()
        storage[DemoContentKey.self] = created
        return created
    }
}

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

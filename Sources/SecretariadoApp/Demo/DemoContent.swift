import Fluent
import NIOConcurrencyHelpers
import SQLKit
import SecretariadoCore
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
            struct Row: Decodable {
                let slug: String
                let demo: Bool?
            }
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

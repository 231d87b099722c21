import Fluent
import NIOConcurrencyHelpers

/// `STLStanding` kept per STL and data version, so that a session page does not reload
/// and decode every seat, term and the charter's JSON on each request (those were most of
/// its queries and of its CPU). The version is read from the database on every use — one
/// unique-key read — and every write to an STL raises it in the write's transaction
/// (`AuditLog.record` → `DataVersion.bump`), so a write through any instance sharing the
/// database is seen by the next read here: nothing is trusted for a time.
///
/// A reader that read version V and then loads after a later commit stores newer facts
/// under V; readers that see V+1 miss and load again, so no one is served older facts than
/// the version they read. Keyed by the STL's id, so several applications in one process
/// (tests) never share an entry. Only for reads outside a write transaction: inside one,
/// the version is raised only when the write records its audit entry.
enum STLStandingCache {
    /// Entries kept; past it the cache starts again. A 300-seat forum is a few hundred
    /// kilobytes of models, so this bounds memory well under the server's budget.
    static let capacity = 48

    private struct Entry {
        let version: Int64
        let standing: STLStanding
    }

    private static let entries = NIOLockedValueBox<[UUID: Entry]>([:])
    private static let loads = NIOLockedValueBox<[UUID: Int]>([:])

    /// How many times an STL's standing was read from the database (tests).
    static func loadCount(of stlID: UUID) -> Int { loads.withLockedValue { $0[stlID] ?? 0 } }

    static func standing(of stl: Secretariat, on db: any Database) async throws -> STLStanding {
        let id = try stl.requireID()
        let version = try await DataVersion.current(.secretariat(stl.slug), on: db)
        if let hit = entries.withLockedValue({ $0[id] }), hit.version == version {
            return hit.standing
        }
        let standing = try await STLStanding.load(stl, on: db)
        loads.withLockedValue { $0[id, default: 0] += 1 }
        entries.withLockedValue { entries in
            if entries.count >= capacity, entries[id] == nil { entries.removeAll(keepingCapacity: true) }
            entries[id] = Entry(version: version, standing: standing)
        }
        return standing
    }
}

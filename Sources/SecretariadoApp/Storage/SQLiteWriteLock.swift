import Fluent
import SQLKit

/// SQLite lets one connection write at a time; a second writer used to wait in the
/// driver's busy handler, which retries at once and keeps a thread spinning for as long as
/// the first transaction lasts. Write transactions on SQLite therefore queue here first, in
/// arrival order, and never meet the busy handler. PostgreSQL writers are not queued: row
/// locks order them.
actor SQLiteWriteLock {
    static let shared = SQLiteWriteLock()

    private var held = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        guard held else {
            held = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty {
            held = false
        } else {
            waiting.removeFirst().resume()
        }
    }

    /// Runs `body` holding the lock when `db` is SQLite and not already in a transaction
    /// (a nested transaction runs inside the outer one, which holds it).
    static func serialized<T: Sendable>(_ db: any Database, _ body: () async throws -> T) async throws -> T {
        guard !db.inTransaction, (db as? any SQLDatabase)?.dialect.name == "sqlite" else { return try await body() }
        await shared.acquire()
        do {
            let result = try await body()
            await shared.release()
            return result
        } catch {
            await shared.release()
            throw error
        }
    }
}

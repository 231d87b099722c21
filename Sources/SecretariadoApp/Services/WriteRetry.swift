import Fluent
import FluentSQLiteDriver
import Vapor

/// Runs a write transaction, and runs it again when it lost a race that the database
/// reported instead of resolving: SQLite "busy" (a deferred transaction could not upgrade
/// its lock), a unique-constraint violation from a concurrent insert (the retry then sees
/// the winner's row and answers as the service rules say), a PostgreSQL deadlock or
/// serialization failure. Nothing is ever half-written: each attempt is one transaction.
enum WriteRetry {
    static let attempts = 12

    static func transaction<T: Sendable>(
        on db: any Database, _ body: @escaping @Sendable (any Database) async throws -> T
    ) async throws -> T {
        // Inside an outer transaction, the outer one owns retrying.
        guard !db.inTransaction else { return try await body(db) }
        var attempt = 0
        while true {
            do {
                return try await db.queuedTransaction(body)
            } catch where attempt < attempts && isTransient(error) {
                attempt += 1
                // Short randomised back-off so contenders do not collide again in lockstep.
                try await Task.sleep(nanoseconds: UInt64.random(in: 1_000_000...8_000_000) * UInt64(attempt))
            }
        }
    }

    static func isTransient(_ error: any Error) -> Bool {
        if let sqlite = error as? SQLiteError {
            switch sqlite.reason {
            case .busy, .locked, .busyInSnapshot, .busyTimeout, .lockedBySharedCache: return true
            default: break
            }
        }
        if let database = error as? any DatabaseError, database.isConstraintFailure { return true }
        let text = String(reflecting: error)
        // PostgreSQL: 40P01 deadlock_detected, 40001 serialization_failure.
        return text.contains("40P01") || text.contains("40001")
    }
}

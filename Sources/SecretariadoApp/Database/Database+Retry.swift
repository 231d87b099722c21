import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Vapor

extension Database {
    /// A transaction that is run again when the database says it collided with another
    /// one (SQLite busy, PostgreSQL serialization failure or deadlock). Concurrent writers
    /// then queue up instead of failing; unique constraints still decide real conflicts.
    /// The body must do all its reads inside, so a retry sees the new state.
    func writeTransaction<T: Sendable>(
        _ body: @escaping @Sendable (any Database) async throws -> T
    ) async throws -> T {
        var attempt = 0
        while true {
            do {
                return try await queuedTransaction(body)
            } catch where TransientDatabaseError.matches(error) && attempt < 12 {
                attempt += 1
                // Jittered backoff so that the losers of one collision do not collide again.
                try await Task.sleep(nanoseconds: UInt64.random(in: 1...(4 << min(attempt, 6))) * 1_000_000)
            }
        }
    }
}

extension Database {
    /// One attempt of a write transaction, shared by `writeTransaction` and
    /// `WriteRetry.transaction`: queued behind other SQLite writers, and counted for the
    /// page cache once it has committed (`LocalWrites`).
    func queuedTransaction<T: Sendable>(
        _ body: @escaping @Sendable (any Database) async throws -> T
    ) async throws -> T {
        let result = try await SQLiteWriteLock.serialized(self) { try await transaction(body) }
        LocalWrites.committed()
        return result
    }
}

enum TransientDatabaseError {
    static func matches(_ error: any Error) -> Bool {
        if let sqlite = error as? SQLiteError {
            return [.busy, .locked].contains(sqlite.reason)
        }
        if let postgres = error as? PSQLError, let state = postgres.serverInfo?[.sqlState] {
            return state == PostgresError.Code.serializationFailure.raw || state == PostgresError.Code.deadlockDetected.raw
        }
        return false
    }
}

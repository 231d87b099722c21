import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SecretariadoCore
import Vapor

extension Database {
    /// The one way to write: a transaction, run again as `WriteRetryPolicy` (Core) says
    /// when it failed on a collision the database reported instead of resolving. Concurrent
    /// writers then queue up instead of failing. The body must do all its reads inside, so
    /// a retry sees the new state. Inside an outer transaction the body simply runs there:
    /// the outer one owns retrying (a failed statement aborts the whole transaction).
    func writeTransaction<T: Sendable>(
        _ body: @escaping @Sendable (any Database) async throws -> T
    ) async throws -> T {
        guard !inTransaction else { return try await body(self) }
        var retries = 0
        while true {
            do {
                return try await queuedTransaction(body)
            } catch  where WriteRetryPolicy.retries(WriteFailure(error), after: retries) {
                retries += 1
                let wait = UInt64.random(in: WriteRetryPolicy.backoffMilliseconds(retry: retries))
                try await Task.sleep(nanoseconds: wait * 1_000_000)
            }
        }
    }

    /// One attempt: queued behind other SQLite writers, and counted for the page cache
    /// once it has committed (`LocalWrites`).
    private func queuedTransaction<T: Sendable>(
        _ body: @escaping @Sendable (any Database) async throws -> T
    ) async throws -> T {
        let result = try await SQLiteWriteLock.serialized(self) { try await transaction(body) }
        LocalWrites.committed()
        return result
    }
}

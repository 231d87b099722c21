import Foundation

/// The one retry policy of write transactions (`Database.writeTransaction` in the app).
///
/// - Collisions the database reports instead of resolving — serialization failure,
///   deadlock, SQLite busy — are retried up to `maxRetries` times: each attempt is a whole
///   transaction that does its reads inside, so the next one sees the winner's commit.
/// - A unique violation is retried at most `maxUniqueRetries` times. Writes that take the
///   next number of a sequence, or create a row only if none exists, meet it when a
///   concurrent writer committed the same key first; the retry reads that row and either
///   takes the next number or refuses as the rules say ("already registered", "already
///   voted"). A unique violation that outlives those retries is a real conflict and is
///   surfaced (a 409 unless the caller maps it).
/// - Other constraint violations and every other error are never retried.
public enum WriteRetryPolicy {
    public static let maxRetries = 12
    public static let maxUniqueRetries = 3

    /// Whether to run the transaction again after it failed with `failure`, when it has
    /// already been retried `retries` times.
    public static func retries(_ failure: WriteFailure, after retries: Int) -> Bool {
        switch failure {
        case .serialization, .deadlock, .busy: retries < maxRetries
        case .uniqueViolation: retries < maxUniqueRetries
        case .otherConstraint, .other: false
        }
    }

    /// The wait before retry number `retry` (1-based), in milliseconds: drawn at random
    /// from this range so the losers of one collision do not collide again in lockstep,
    /// and growing with each retry up to 256 ms.
    public static func backoffMilliseconds(retry: Int) -> ClosedRange<UInt64> {
        1...(UInt64(4) << UInt64(min(max(retry, 1), 6)))
    }
}

import Foundation
import NIOConcurrencyHelpers
import SecretariadoCore
import Vapor

/// Per-address token buckets for the anonymous analysis endpoint. In memory: it protects
/// the CPU of this process, so losing it on restart loses nothing worth keeping.
final class AnalysisRateLimiter: Sendable {
    /// 20 requests at once, then one every two seconds: far above a person using the
    /// simulator or a script analysing the guide's forums, far below a flood.
    static let capacity = 20.0
    static let refillPerSecond = 0.5

    private let buckets = NIOLockedValueBox<[String: TokenBucket]>([:])

    /// Takes a token for `address`, or throws 429 with the seconds to wait.
    func take(_ address: String, now: Date = Date()) throws {
        let wait: Int? = buckets.withLockedValue { buckets in
            // Forget full buckets now and then, so the table stays the size of current traffic.
            if buckets.count > 10_000 { buckets = buckets.filter { !$0.value.isFull(now: now) } }
            var bucket = buckets[address] ?? TokenBucket(capacity: Self.capacity, refillPerSecond: Self.refillPerSecond, now: now)
            let wait = bucket.take(now: now)
            buckets[address] = bucket
            return wait
        }
        if let wait { throw AppError.tooManyRequests(retryAfterSeconds: wait) }
    }
}

extension Application {
    private struct AnalysisRateLimiterKey: StorageKey {
        typealias Value = AnalysisRateLimiter
    }

    var analysisRateLimiter: AnalysisRateLimiter {
        if let limiter = storage[AnalysisRateLimiterKey.self] { return limiter }
        let limiter = AnalysisRateLimiter()
        storage[AnalysisRateLimiterKey.self] = limiter
        return limiter
    }
}

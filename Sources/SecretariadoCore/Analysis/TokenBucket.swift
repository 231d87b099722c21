import Foundation

/// A token bucket: up to `capacity` requests at once, then `refillPerSecond` a second.
/// Time is passed in, so the rule is tested without waiting.
public struct TokenBucket: Sendable, Equatable {
    public let capacity: Double
    public let refillPerSecond: Double
    public private(set) var tokens: Double
    public private(set) var updated: Date

    public init(capacity: Double, refillPerSecond: Double, now: Date) {
        self.capacity = capacity
        self.refillPerSecond = refillPerSecond
        tokens = capacity
        updated = now
    }

    /// Takes one token; when none is left, the whole seconds until one will be (≥ 1).
    public mutating func take(now: Date) -> Int? {
        let elapsed = max(0, now.timeIntervalSince(updated))
        tokens = min(capacity, tokens + elapsed * refillPerSecond)
        updated = now
        if tokens >= 1 {
            tokens -= 1
            return nil
        }
        return max(1, Int(((1 - tokens) / refillPerSecond).rounded(.up)))
    }

    /// Full again: nothing to remember about this client.
    public func isFull(now: Date) -> Bool {
        tokens + max(0, now.timeIntervalSince(updated)) * refillPerSecond >= capacity
    }
}

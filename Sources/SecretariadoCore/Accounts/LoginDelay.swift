import Foundation

/// How long a client waits after wrong passwords. A progressive delay, never a lock: a hard
/// lock after a few failures lets anyone lock any account (the administrator's included)
/// by typing wrong passwords; a delay that doubles up to a short cap keeps guessing slow
/// while the owner, who knows the password, gets in after at most that cap.
public enum LoginDelay {
    /// Failures older than this are forgotten.
    public static let window: TimeInterval = 15 * 60

    public struct Policy: Sendable {
        /// Failures allowed without any wait (typos).
        public let free: Int
        /// The first wait, doubled at each further failure.
        public let base: TimeInterval
        /// The longest wait.
        public let cap: TimeInterval

        public init(free: Int, base: TimeInterval, cap: TimeInterval) {
            self.free = free
            self.base = base
            self.cap = cap
        }
    }

    /// Per account: short, because the owner must always get in.
    public static let perAccount = Policy(free: 3, base: 1, cap: 30)
    /// Per client address: longer, because it only slows that client down (offices behind
    /// one address still get several free tries).
    public static let perAddress = Policy(free: 10, base: 1, cap: 300)

    /// The wait owed after `failures` recent failures.
    public static func delay(failures: Int, policy: Policy) -> TimeInterval {
        guard failures > policy.free else { return 0 }
        let doublings = min(failures - policy.free - 1, 30)
        return min(policy.base * pow(2, Double(doublings)), policy.cap)
    }

    /// Seconds still to wait before another try, counted from the last failure; 0 when free.
    public static func remaining(failures: Int, lastFailure: Date?, policy: Policy, now: Date) -> TimeInterval {
        guard let lastFailure else { return 0 }
        let delay = delay(failures: failures, policy: policy)
        let due = lastFailure.addingTimeInterval(delay)
        // Databases keep timestamps to the microsecond or as doubles: a stored failure may
        // read back a hair later than it happened, which must not add a second to the wait
        // nor push it past the cap.
        let remaining = (due.timeIntervalSince(now) * 1_000).rounded(.down) / 1_000
        return min(max(0, remaining), delay)
    }
}

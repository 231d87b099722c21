import Foundation

/// When to try a message again after a failed delivery, and when to give up.
///
/// The delay doubles from one minute up to two hours, so a short outage of the mail server
/// costs minutes and a long one does not hammer it. A message is given up only once its
/// attempts have spanned 48 hours — long enough for a weekend outage of a state office's
/// server — or at once when the server refused it for good (an unknown address).
public enum DeliveryBackoff {
    public static let firstDelay: TimeInterval = 60
    public static let maximumDelay: TimeInterval = 2 * 3_600
    public static let giveUpAfter: TimeInterval = 48 * 3_600

    public enum Decision: Hashable, Sendable {
        case retry(at: Date)
        case fail
    }

    /// The wait after the `attempt`-th failure (1-based): 1, 2, 4, … minutes, at most two hours.
    public static func delay(afterAttempt attempt: Int) -> TimeInterval {
        let exponent = min(max(attempt - 1, 0), 20)
        return min(firstDelay * pow(2, Double(exponent)), maximumDelay)
    }

    /// What follows the `attempts`-th failed attempt (this one included), made at `now`, of a
    /// message first tried at `firstAttemptAt`. `jitter` in 0..<1 lengthens the wait by up to
    /// a quarter, so that many messages failing together do not retry together.
    public static func next(
        attempts: Int, firstAttemptAt: Date, now: Date, permanent: Bool, jitter: Double = 0
    ) -> Decision {
        if permanent { return .fail }
        let deadline = firstAttemptAt.addingTimeInterval(giveUpAfter)
        guard now < deadline else { return .fail }
        let wait = delay(afterAttempt: attempts) * (1 + 0.25 * min(max(jitter, 0), 0.999_999))
        // The last try falls on the deadline itself, so no message fails before 48 hours.
        return .retry(at: min(now.addingTimeInterval(wait), deadline))
    }
}

import SecretariadoCore

/// Where the delivery worker hands a message: an SMTP server when one is configured, or
/// `.eml` files on disk (the embedded default, so that `serve` works with nothing set up).
protocol MailTransport: Sendable {
    /// Delivers one message and returns what the other side answered, for the attempt's
    /// record (an SMTP reply line, or the file written).
    func deliver(_ message: MailMessage) async throws -> String
}

/// A delivery that did not happen. `permanent` (an SMTP 5xx, an address refused) stops the
/// retries; anything else (no connection, a 4xx, a timeout) is tried again later.
struct MailDeliveryError: Error, Sendable, CustomStringConvertible {
    let permanent: Bool
    let reason: String

    var description: String { reason }
}

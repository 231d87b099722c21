import SecretariadoCore

/// Why a delivery failed. `isPermanent` is true when sending the same message again cannot
/// help (a 5xx for its sender, a recipient or its content; a message that does not render);
/// everything else — a 4xx, no connection, a timeout, a TLS failure, a connection cut, a
/// 5xx to the session itself (authentication) — is transient: try again later.
public enum SMTPError: Error, Sendable, CustomStringConvertible {
    case connectionFailed(String)
    case timedOut(SMTPStage)
    case tlsFailed(String)
    /// Credentials are configured but the server offers no STARTTLS: they are not sent in clear.
    case startTLSNotOffered
    /// Credentials are configured but the server offers neither AUTH PLAIN nor AUTH LOGIN.
    case authenticationNotOffered(String)
    case rejected(SMTPStage, SMTPReply)
    case connectionClosed(SMTPStage)
    case malformedReply(String)
    case invalidMessage(MailMessageError)
    case invalidConfiguration(String)

    public var isPermanent: Bool {
        switch self {
        case .rejected(let stage, let reply): return reply.isPermanentFailure && stage.concernsMessage
        case .invalidMessage: return true
        default: return false
        }
    }

    /// The server's reply, when the failure is one.
    public var reply: SMTPReply? {
        if case .rejected(_, let reply) = self { return reply }
        return nil
    }

    public var description: String {
        switch self {
        case .connectionFailed(let reason): return "could not connect to the SMTP server: \(reason)"
        case .timedOut(let stage): return "the SMTP server did not answer in time (\(stage.rawValue))"
        case .tlsFailed(let reason): return "TLS failed: \(reason)"
        case .startTLSNotOffered: return "the SMTP server does not offer STARTTLS; credentials are never sent unencrypted"
        case .authenticationNotOffered(let offered):
            return "the SMTP server offers no authentication this client speaks (PLAIN, LOGIN)" + (offered.isEmpty ? "" : "; it offers: \(offered)")
        case .rejected(let stage, let reply): return "the SMTP server refused \(stage.rawValue): \(reply)"
        case .connectionClosed(let stage): return "the SMTP server closed the connection (\(stage.rawValue))"
        case .malformedReply(let line): return "the SMTP server sent a malformed reply: \(line.prefix(200))"
        case .invalidMessage(let error): return "the message cannot be sent: \(error)"
        case .invalidConfiguration(let reason): return "SMTP configuration: \(reason)"
        }
    }
}

/// The step of the conversation an error happened in; it decides whether a failure is the
/// message's fault (permanent) or the server's or configuration's (worth another try).
public enum SMTPStage: String, Sendable, Equatable {
    case connect, greeting, ehlo, helo
    case startTLS = "STARTTLS"
    case auth = "AUTH"
    case mailFrom = "MAIL FROM"
    case rcptTo = "RCPT TO"
    case data = "DATA"
    case message = "end of data"
    case quit = "QUIT"

    /// A 5xx here refuses this message (its sender, a recipient, its content); a 5xx before
    /// MAIL FROM refuses the session (a wrong password, a server that wants no mail from us),
    /// which a correction of the configuration cures, so those messages are kept for later.
    var concernsMessage: Bool {
        switch self {
        case .mailFrom, .rcptTo, .data, .message: return true
        default: return false
        }
    }
}

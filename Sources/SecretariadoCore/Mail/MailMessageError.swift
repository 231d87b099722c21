import Foundation

/// Why a message cannot be rendered or sent as it stands. Every case is about the message
/// itself, so sending it again unchanged fails the same way (a permanent failure).
public enum MailMessageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An address that is not a plain `local@domain` (the reason says which rule it breaks).
    case invalidAddress(String, reason: String)
    case noRecipients
    /// A Message-ID that is not `left@right` in visible ASCII without brackets or spaces.
    case invalidMessageID(String)
    /// An extra header whose name is not visible ASCII without `:`, or that would replace
    /// one the renderer writes itself (`From`, `Content-Type`, …).
    case invalidHeaderName(String)
    /// An extra header whose value has a word too long to fold under 998 characters a line.
    case headerTooLong(String)
    /// An iTIP method that is not a bare token of letters (`REQUEST`, `CANCEL`).
    case invalidCalendarMethod(String)

    public var description: String {
        switch self {
        case .invalidAddress(let address, let reason):
            return "invalid e-mail address \(MailText.printable(address)): \(reason)"
        case .noRecipients:
            return "the message has no recipients"
        case .invalidMessageID(let id):
            return "invalid Message-ID \(MailText.printable(id))"
        case .invalidHeaderName(let name):
            return "invalid or reserved header name \(MailText.printable(name))"
        case .headerTooLong(let name):
            return "the header \(MailText.printable(name)) has a word longer than a line may be"
        case .invalidCalendarMethod(let method):
            return "invalid calendar method \(MailText.printable(method))"
        }
    }
}

/// A mail variable that cannot be used; the message names the variable.
struct MailSettingsError: Error, Sendable, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

/// A `SECRETARIADO_SMTP_URL` (or CA file) that cannot be used, said in one line.
public struct SMTPConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

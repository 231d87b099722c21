/// A server's reply: its three-digit code and the text of every line (a multi-line reply
/// joins its lines, e.g. the EHLO keywords).
public struct SMTPReply: Sendable, Equatable, CustomStringConvertible {
    public let code: Int
    public let lines: [String]

    public init(code: Int, lines: [String]) {
        self.code = code
        self.lines = lines
    }

    public var isPositive: Bool { (200..<400).contains(code) }
    public var isTransientFailure: Bool { (400..<500).contains(code) }
    public var isPermanentFailure: Bool { (500..<600).contains(code) }

    /// `250 2.0.0 Ok: queued as ABC`, lines joined with " / ".
    public var description: String { "\(code) " + lines.joined(separator: " / ") }
}

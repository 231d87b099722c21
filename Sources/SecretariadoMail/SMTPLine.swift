/// One line from the peer: its text without the line end, and how many bytes it took on the
/// wire (line end included), so that the client can tell whether it has read everything
/// the server sent.
struct SMTPLine: Sendable, Equatable {
    let text: String
    let byteCount: Int
}

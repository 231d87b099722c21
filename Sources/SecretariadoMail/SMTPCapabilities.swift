/// What the server announced in its EHLO reply (RFC 5321 §4.1.1.1): one keyword a line
/// after the greeting, with parameters (`AUTH PLAIN LOGIN`, `SIZE 35882577`).
struct SMTPCapabilities: Sendable, Equatable {
    private var keywords: [String: [String]] = [:]

    init(ehlo reply: SMTPReply?) {
        guard let reply else { return }
        for line in reply.lines.dropFirst() {
            // "AUTH=PLAIN LOGIN" is an old spelling some servers still send.
            let words = line.replacingOccurrences(of: "=", with: " ").split(separator: " ").map { String($0).uppercased() }
            guard let keyword = words.first else { continue }
            keywords[keyword, default: []] += words.dropFirst()
        }
    }

    func offers(_ keyword: String) -> Bool { keywords[keyword.uppercased()] != nil }
    var authMechanisms: [String] { keywords["AUTH"] ?? [] }
}

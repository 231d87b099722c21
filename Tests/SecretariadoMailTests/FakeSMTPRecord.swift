import Foundation

/// What the fake server saw: every line the client sent, each message received by DATA,
/// and any way the client departed from the script.
final class FakeSMTPRecord: @unchecked Sendable {
    private let lock = NSLock()
    private var _lines: [String] = []
    private var _messages: [(raw: [String], text: String)] = []
    private var _failures: [String] = []

    var lines: [String] { lock.withLock { _lines } }
    var messages: [(raw: [String], text: String)] { lock.withLock { _messages } }
    var failures: [String] { lock.withLock { _failures } }
    func add(line: String) { lock.withLock { _lines.append(line) } }
    func add(message: (raw: [String], text: String)) { lock.withLock { _messages.append(message) } }
    func fail(_ failure: String) { lock.withLock { _failures.append(failure) } }
}

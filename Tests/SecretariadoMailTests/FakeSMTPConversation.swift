import NIOCore
import NIOSSL

@testable import SecretariadoMail

/// One connection as the server sees it, driven by a test's script.
struct FakeSMTPConversation {
    var inbound: NIOAsyncChannelInboundStream<SMTPLine>.AsyncIterator
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    let channel: any Channel
    let record: FakeSMTPRecord

    func send(_ lines: String...) async throws {
        try await outbound.write(ByteBuffer(string: lines.map { $0 + "\r\n" }.joined()))
    }

    mutating func read() async throws -> String? {
        guard let line = try await inbound.next()?.text else { return nil }
        record.add(line: line)
        return line
    }

    /// Reads one line and checks that it starts with `prefix` (case-insensitive).
    @discardableResult
    mutating func expect(_ prefix: String) async throws -> String {
        guard let line = try await read() else { throw FakeSMTPScriptError(description: "connection closed, expected \(prefix)") }
        guard line.uppercased().hasPrefix(prefix.uppercased()) else {
            throw FakeSMTPScriptError(description: "expected \(prefix), got \(line)")
        }
        return line
    }

    /// The lines after DATA up to the lone ".", as sent (`raw`) and with the dot-stuffing
    /// undone and CRLF line ends (`text`), as RFC 5321 §4.5.2 tells a server to.
    mutating func readData() async throws -> (raw: [String], text: String) {
        var raw: [String] = []
        while let line = try await inbound.next()?.text {
            if line == "." {
                let text = raw.map { $0.hasPrefix(".") ? String($0.dropFirst()) : $0 }.map { $0 + "\r\n" }.joined()
                record.add(message: (raw, text))
                return (raw, text)
            }
            raw.append(line)
        }
        throw FakeSMTPScriptError(description: "connection closed inside DATA")
    }

    /// Sends the reply to STARTTLS and puts TLS in front of the connection in the same turn
    /// of the event loop: the client's handshake may arrive as soon as the reply is out, and
    /// must not reach the line decoder in the clear (under load it did, and the handshake
    /// then failed with an EOF).
    func replyThenStartTLS(_ context: NIOSSLContext, _ lines: String...) async throws {
        let text = lines.map { $0 + "\r\n" }.joined()
        try await channel.eventLoop.submit { [channel] in
            channel.writeAndFlush(ByteBuffer(string: text), promise: nil)
            try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: context), position: .first)
        }.get()
    }

    func close() async {
        try? await channel.close()
    }
}

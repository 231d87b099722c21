import Foundation
import NIOCore
import NIOPosix
import NIOSSL
@testable import SecretariadoMail

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

struct FakeSMTPScriptError: Error, CustomStringConvertible {
    let description: String
}

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

    func startTLS(_ context: NIOSSLContext) async throws {
        try await channel.eventLoop.submit { [channel] in
            try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: context), position: .first)
        }.get()
    }

    func close() async {
        try? await channel.close()
    }
}

/// An SMTP server on 127.0.0.1 and a random port that plays `script` for every connection.
final class FakeSMTPServer: Sendable {
    typealias Script = @Sendable (inout FakeSMTPConversation) async throws -> Void
    let port: Int
    let record: FakeSMTPRecord
    private let server: NIOAsyncChannel<NIOAsyncChannel<SMTPLine, ByteBuffer>, Never>

    private init(port: Int, record: FakeSMTPRecord, server: NIOAsyncChannel<NIOAsyncChannel<SMTPLine, ByteBuffer>, Never>) {
        self.port = port
        self.record = record
        self.server = server
    }

    static func start(implicitTLS: NIOSSLContext? = nil, script: @escaping Script) async throws -> FakeSMTPServer {
        let record = FakeSMTPRecord()
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let implicitTLS { try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: implicitTLS)) }
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPLineDecoder()))
                    return try NIOAsyncChannel<SMTPLine, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        let port = server.channel.localAddress?.port ?? 0
        Task {
            try? await server.executeThenClose { connections in
                for try await connection in connections {
                    do {
                        try await connection.executeThenClose { inbound, outbound in
                            var conversation = FakeSMTPConversation(
                                inbound: inbound.makeAsyncIterator(), outbound: outbound, channel: connection.channel, record: record)
                            try await script(&conversation)
                        }
                    } catch {
                        record.fail("\(error)")
                    }
                }
            }
        }
        return FakeSMTPServer(port: port, record: record, server: server)
    }

    func stop() async {
        try? await server.channel.close()
    }

    static var fixtures: String { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path }

    /// The server side of TLS, with the fixtures' certificate for localhost and 127.0.0.1.
    static func tlsContext() throws -> NIOSSLContext {
        let configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: try NIOSSLCertificate.fromPEMFile(fixtures + "/server.pem").map { .certificate($0) },
            privateKey: .privateKey(try NIOSSLPrivateKey(file: fixtures + "/server.key", format: .pem)))
        return try NIOSSLContext(configuration: configuration)
    }
}

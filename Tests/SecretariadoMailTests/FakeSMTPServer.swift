import Foundation
import NIOCore
import NIOPosix
import NIOSSL

@testable import SecretariadoMail

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

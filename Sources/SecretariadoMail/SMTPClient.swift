import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import SecretariadoCore

/// Sends messages to one SMTP server (RFC 5321): connect, greeting, EHLO (HELO when EHLO is
/// not understood), STARTTLS and EHLO again, AUTH PLAIN or LOGIN, MAIL FROM, RCPT TO for
/// each recipient, DATA, QUIT. One connection a message: the platform sends a few messages
/// at a time, and a fresh connection never inherits a half-finished transaction.
public struct SMTPClient: Sendable {
    public let configuration: SMTPConfiguration
    private let group: any EventLoopGroup

    public init(configuration: SMTPConfiguration, eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.configuration = configuration
        self.group = eventLoopGroup
    }

    /// Renders (checking every address) and sends `message` to all its recipients; returns
    /// the server's reply to the end of DATA. Throws `SMTPError` only.
    @discardableResult
    public func send(_ message: MailMessage) async throws -> SMTPReply {
        let data: String
        do { data = try message.render() } catch { throw SMTPError.invalidMessage(error) }
        return try await send(from: message.from.email, to: message.to.map(\.email), data: data)
    }

    /// Sends already rendered `data` with the given envelope. Throws `SMTPError` only.
    @discardableResult
    public func send(from sender: String, to recipients: [String], data: String) async throws -> SMTPReply {
        do {
            // The envelope goes into SMTP commands: nothing that could end a command line.
            try MailAddressSyntax.check(sender)
            guard !recipients.isEmpty else { throw MailMessageError.noRecipients }
            for recipient in recipients { try MailAddressSyntax.check(recipient) }
        } catch let error as MailMessageError {
            throw SMTPError.invalidMessage(error)
        }
        let tls = try makeTLSContext()
        let channel = try await connect(tls: tls)
        do {
            return try await channel.executeThenClose { inbound, outbound in
                var session = SMTPSession(
                    configuration: configuration, channel: channel.channel, inbound: inbound.makeAsyncIterator(),
                    outbound: outbound, tls: tls)
                do {
                    return try await session.run(from: sender, to: recipients, data: data)
                } catch {
                    throw Self.classify(error, stage: session.stage)
                }
            }
        } catch {
            throw Self.classify(error, stage: .quit)
        }
    }

    private func makeTLSContext() throws(SMTPError) -> NIOSSLContext {
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.certificateVerification = .fullVerification
        do {
            if let file = configuration.trustedCAFile {
                tls.additionalTrustRoots = [.certificates(try NIOSSLCertificate.fromPEMFile(file))]
            }
            return try NIOSSLContext(configuration: tls)
        } catch {
            throw .invalidConfiguration("cannot load the TLS settings (CA file \(configuration.trustedCAFile ?? "none")): \(error)")
        }
    }

    /// SNI and name checks use the host name; for an IP address there is no SNI and the
    /// certificate must name that address.
    private var serverHostname: String? {
        let host = configuration.host
        let isIP = (try? SocketAddress(ipAddress: host, port: 0)) != nil
        return isIP ? nil : host
    }

    private func connect(tls: NIOSSLContext) async throws(SMTPError) -> NIOAsyncChannel<SMTPLine, ByteBuffer> {
        let implicitTLS = configuration.security == .implicitTLS
        let hostname = serverHostname
        let replyTimeout = configuration.replyTimeout
        do {
            return try await ClientBootstrap(group: group)
                .connectTimeout(configuration.connectTimeout)
                .connect(host: configuration.host, port: configuration.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        let pipeline = channel.pipeline.syncOperations
                        if implicitTLS { try pipeline.addHandler(NIOSSLClientHandler(context: tls, serverHostname: hostname)) }
                        try pipeline.addHandler(SMTPByteCounter())
                        try pipeline.addHandler(IdleStateHandler(allTimeout: replyTimeout))
                        try pipeline.addHandler(ByteToMessageHandler(SMTPLineDecoder()))
                        try pipeline.addHandler(SMTPIdleTimeout())
                        return try NIOAsyncChannel<SMTPLine, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            throw Self.classify(error, stage: .connect)
        }
    }

    static func classify(_ error: any Error, stage: SMTPStage) -> SMTPError {
        switch error {
        case let error as SMTPError: return error
        case is SMTPIdleTimeout.Expired: return .timedOut(stage)
        case let error as ChannelError:
            if case .connectTimeout = error { return .timedOut(stage) }
            return stage == .connect ? .connectionFailed("\(error)") : .connectionClosed(stage)
        case is NIOSSLError, is BoringSSLError, is NIOSSLExtraError: return .tlsFailed("\(error)")
        case let error as MailMessageError: return .invalidMessage(error)
        default:
            if stage == .connect { return .connectionFailed("\(error)") }
            if stage == .startTLS || stage == .ehlo, String(describing: type(of: error)).contains("SSL") { return .tlsFailed("\(error)") }
            return .connectionClosed(stage)
        }
    }
}

/// One conversation, in order; `stage` follows it, so that an error (a timeout, a closed
/// connection) names where it happened.
struct SMTPSession {
    let configuration: SMTPConfiguration
    let channel: any Channel
    var inbound: NIOAsyncChannelInboundStream<SMTPLine>.AsyncIterator
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    let tls: NIOSSLContext
    private(set) var stage = SMTPStage.greeting
    /// Bytes of every line read so far, compared with what arrived when TLS starts.
    private var bytesRead = 0

    init(configuration: SMTPConfiguration, channel: any Channel, inbound: NIOAsyncChannelInboundStream<SMTPLine>.AsyncIterator,
         outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>, tls: NIOSSLContext) {
        self.configuration = configuration
        self.channel = channel
        self.inbound = inbound
        self.outbound = outbound
        self.tls = tls
    }

    mutating func run(from sender: String, to recipients: [String], data: String) async throws -> SMTPReply {
        stage = .greeting
        let greeting = try await readReply()
        try expect(.greeting, reply: greeting, codes: [220])
        var capabilities = try await hello()

        if configuration.security == .startTLS {
            if capabilities.offers("STARTTLS") {
                try await command("STARTTLS", stage: .startTLS, codes: [220])
                try await startTLS()
                capabilities = try await hello()
            } else if configuration.hasCredentials {
                throw SMTPError.startTLSNotOffered
            }
        }
        if let user = configuration.username, let password = configuration.password {
            try await authenticate(user: user, password: password, capabilities: capabilities)
        }
        try await command("MAIL FROM:<\(sender)>", stage: .mailFrom, codes: [250])
        for recipient in recipients {
            try await command("RCPT TO:<\(recipient)>", stage: .rcptTo, codes: [250, 251])
        }
        try await command("DATA", stage: .data, codes: [354])
        stage = .message
        try await outbound.write(ByteBuffer(bytes: SMTPData.encode(data)))
        let accepted = try await readReply()
        try expect(.message, reply: accepted, codes: [250])
        stage = .quit
        // The message is accepted; a server that does not answer QUIT politely changes nothing.
        try? await outbound.write(ByteBuffer(string: "QUIT\r\n"))
        _ = try? await readReply()
        return accepted
    }

    /// EHLO, or HELO when the server does not know EHLO (a 5xx), with no extensions then.
    private mutating func hello() async throws -> SMTPCapabilities {
        stage = .ehlo
        try await outbound.write(ByteBuffer(string: "EHLO \(configuration.heloName)\r\n"))
        let reply = try await readReply()
        if reply.code == 250 { return SMTPCapabilities(ehlo: reply) }
        guard reply.isPermanentFailure else { throw SMTPError.rejected(.ehlo, reply) }
        try await command("HELO \(configuration.heloName)", stage: .helo, codes: [250])
        return SMTPCapabilities(ehlo: nil)
    }

    /// Puts TLS under the conversation: the handler goes first in the pipeline, so every byte
    /// from here on is encrypted; the handshake's failure surfaces as the next read's error.
    private func startTLS() async throws {
        let context = tls
        let hostname = configuration.host
        let isIP = (try? SocketAddress(ipAddress: hostname, port: 0)) != nil
        let bytesRead = bytesRead
        try await channel.eventLoop.submit { [channel] in
            let pipeline = channel.pipeline.syncOperations
            // On the event loop, so that no byte can arrive between the check and TLS.
            guard try pipeline.handler(type: SMTPByteCounter.self).received == bytesRead else {
                throw SMTPError.tlsFailed("the server sent more after its STARTTLS reply, before the handshake (refused as an injection)")
            }
            try pipeline.addHandler(NIOSSLClientHandler(context: context, serverHostname: isIP ? nil : hostname), position: .first)
        }.get()
    }

    private mutating func authenticate(user: String, password: String, capabilities: SMTPCapabilities) async throws {
        let mechanisms = capabilities.authMechanisms
        if mechanisms.contains("PLAIN") {
            let token = Data(([0] + Array(user.utf8) + [0] + Array(password.utf8))).base64EncodedString()
            try await command("AUTH PLAIN \(token)", stage: .auth, codes: [235])
        } else if mechanisms.contains("LOGIN") {
            try await command("AUTH LOGIN", stage: .auth, codes: [334])
            try await command(Data(user.utf8).base64EncodedString(), stage: .auth, codes: [334])
            try await command(Data(password.utf8).base64EncodedString(), stage: .auth, codes: [235])
        } else {
            throw SMTPError.authenticationNotOffered(mechanisms.joined(separator: " "))
        }
    }

    @discardableResult
    private mutating func command(_ line: String, stage: SMTPStage, codes: Set<Int>) async throws -> SMTPReply {
        self.stage = stage
        try await outbound.write(ByteBuffer(string: line + "\r\n"))
        let reply = try await readReply()
        try expect(stage, reply: reply, codes: codes)
        return reply
    }

    private func expect(_ stage: SMTPStage, reply: SMTPReply, codes: Set<Int>) throws {
        guard codes.contains(reply.code) else { throw SMTPError.rejected(stage, reply) }
    }

    /// One reply: lines `NNN-text` continue it, `NNN text` (or `NNN`) ends it, all with the
    /// same code.
    private mutating func readReply() async throws -> SMTPReply {
        var lines: [String] = []
        var code: Int?
        while true {
            guard let received = try await inbound.next() else { throw SMTPError.connectionClosed(stage) }
            bytesRead += received.byteCount
            let line = received.text
            let bytes = Array(line.utf8)
            guard bytes.count >= 3, bytes[0..<3].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  bytes.count == 3 || bytes[3] == UInt8(ascii: " ") || bytes[3] == UInt8(ascii: "-"),
                  let lineCode = Int(String(decoding: bytes[0..<3], as: UTF8.self)) else {
                throw SMTPError.malformedReply(line)
            }
            if let code, code != lineCode { throw SMTPError.malformedReply(line) }
            code = lineCode
            lines.append(bytes.count > 4 ? String(decoding: bytes[4...], as: UTF8.self) : "")
            if bytes.count == 3 || bytes[3] == UInt8(ascii: " ") { return SMTPReply(code: lineCode, lines: lines) }
        }
    }
}

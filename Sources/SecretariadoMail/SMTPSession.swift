import Foundation
import NIOCore
import NIOSSL

/// One conversation, in order; `stage` follows it, so that an error (a timeout, a closed
/// connection) names where it happened.
struct SMTPSession {
    let configuration: SMTPConfiguration
    let channel: any Channel
    var inbound: NIOAsyncChannelInboundStream<SMTPLine>.AsyncIterator
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    let tls: NIOSSLContext
    let tlsFailures: SMTPTLSFailureRecorder
    private(set) var stage = SMTPStage.greeting
    /// Bytes of every line read so far, compared with what arrived when TLS starts.
    private var bytesRead = 0

    init(
        configuration: SMTPConfiguration, channel: any Channel, inbound: NIOAsyncChannelInboundStream<SMTPLine>.AsyncIterator,
        outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>, tls: NIOSSLContext, tlsFailures: SMTPTLSFailureRecorder
    ) {
        self.configuration = configuration
        self.channel = channel
        self.inbound = inbound
        self.outbound = outbound
        self.tls = tls
        self.tlsFailures = tlsFailures
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

    /// The configured name, or this end's address as an RFC 5321 address literal.
    private var heloName: String {
        if let name = configuration.heloName { return name }
        guard let address = channel.localAddress, let ip = address.ipAddress else { return "localhost" }
        if case .v6 = address { return "[IPv6:\(ip)]" }
        return "[\(ip)]"
    }

    /// EHLO, or HELO when the server does not know EHLO (a 5xx), with no extensions then.
    private mutating func hello() async throws -> SMTPCapabilities {
        stage = .ehlo
        try await outbound.write(ByteBuffer(string: "EHLO \(heloName)\r\n"))
        let reply = try await readReply()
        if reply.code == 250 { return SMTPCapabilities(ehlo: reply) }
        guard reply.isPermanentFailure else { throw SMTPError.rejected(.ehlo, reply) }
        try await command("HELO \(heloName)", stage: .helo, codes: [250])
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
            let next: SMTPLine?
            do {
                next = try await inbound.next()
            } catch {
                throw tlsFailures.recorded.map(SMTPError.tlsFailed) ?? error
            }
            guard let received = next else { throw tlsFailures.recorded.map(SMTPError.tlsFailed) ?? SMTPError.connectionClosed(stage) }
            bytesRead += received.byteCount
            let line = received.text
            let bytes = Array(line.utf8)
            guard bytes.count >= 3, bytes[0..<3].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                bytes.count == 3 || bytes[3] == UInt8(ascii: " ") || bytes[3] == UInt8(ascii: "-"),
                let lineCode = Int(String(decoding: bytes[0..<3], as: UTF8.self))
            else {
                throw SMTPError.malformedReply(line)
            }
            if let code, code != lineCode { throw SMTPError.malformedReply(line) }
            code = lineCode
            lines.append(bytes.count > 4 ? String(decoding: bytes[4...], as: UTF8.self) : "")
            if bytes.count == 3 || bytes[3] == UInt8(ascii: " ") { return SMTPReply(code: lineCode, lines: lines) }
        }
    }
}

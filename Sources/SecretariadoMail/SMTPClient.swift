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
        let tlsFailures = SMTPTLSFailureRecorder()
        let channel = try await connect(tls: tls, recorder: tlsFailures)
        do {
            return try await channel.executeThenClose { inbound, outbound in
                var session = SMTPSession(
                    configuration: configuration, channel: channel.channel, inbound: inbound.makeAsyncIterator(),
                    outbound: outbound, tls: tls, tlsFailures: tlsFailures)
                do {
                    return try await session.run(from: sender, to: recipients, data: data)
                } catch {
                    // A write that failed because the handshake did: the handshake is the cause.
                    if !(error is SMTPError), let failure = tlsFailures.recorded { throw SMTPError.tlsFailed(failure) }
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

    private func connect(tls: NIOSSLContext, recorder: SMTPTLSFailureRecorder) async throws(SMTPError) -> NIOAsyncChannel<SMTPLine, ByteBuffer> {
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
                        try pipeline.addHandler(recorder)
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
            return .connectionClosed(stage)
        }
    }
}

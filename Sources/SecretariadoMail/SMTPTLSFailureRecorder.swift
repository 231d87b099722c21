import Foundation
import NIOCore
import NIOSSL

/// Keeps the first TLS error the channel reports. A failed handshake both reports its error
/// and closes the connection, and the reader may see the close first; asking this recorder
/// then still tells "the certificate was refused" rather than "the server hung up".
final class SMTPTLSFailureRecorder: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    private let lock = NSLock()
    private var failure: String?

    /// The TLS error seen so far, if any (safe from any thread).
    var recorded: String? { lock.withLock { failure } }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if error is NIOSSLError || error is BoringSSLError || error is NIOSSLExtraError {
            lock.withLock { if failure == nil { failure = "\(error)" } }
        }
        context.fireErrorCaught(error)
    }
}

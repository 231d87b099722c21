import NIOCore

/// Counts the bytes that arrive before TLS starts. When the client asks for STARTTLS, every
/// byte received must have been read as a reply: anything more was sent in clear text
/// ahead of the handshake and would otherwise be taken as a reply from inside TLS (a
/// response injection), so the client refuses to go on.
final class SMTPByteCounter: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    private(set) var received = 0

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        received += Self.unwrapInboundIn(data).readableBytes
        context.fireChannelRead(data)
    }
}

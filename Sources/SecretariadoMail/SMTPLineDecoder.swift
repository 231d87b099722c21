import NIOCore

/// One line from the peer: its text without the line end, and how many bytes it took on the
/// wire (line end included), so that the client can tell whether it has read everything
/// the server sent.
struct SMTPLine: Sendable, Equatable {
    let text: String
    let byteCount: Int
}

/// Cuts the server's bytes into reply lines (without the CRLF; a bare LF is accepted). A
/// line longer than any real reply ends the connection instead of growing without bound.
struct SMTPLineDecoder: ByteToMessageDecoder {
    typealias InboundOut = SMTPLine
    static let maximumLineLength = 8192

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > Self.maximumLineLength { throw SMTPError.malformedReply("a line longer than \(Self.maximumLineLength) bytes") }
            return .needMoreData
        }
        let length = newline - buffer.readerIndex
        var line = buffer.readString(length: length) ?? ""
        buffer.moveReaderIndex(forwardBy: 1)
        if line.hasSuffix("\r") { line.removeLast() }
        context.fireChannelRead(Self.wrapInboundOut(SMTPLine(text: line, byteCount: length + 1)))
        return .continue
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        return .needMoreData
    }
}

/// Turns the idle timer's event into an error, which ends the wait for a reply.
final class SMTPIdleTimeout: ChannelInboundHandler, Sendable {
    typealias InboundIn = SMTPLine
    struct Expired: Error {}

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is IdleStateHandler.IdleStateEvent {
            context.fireErrorCaught(Expired())
            context.close(promise: nil)
            return
        }
        context.fireUserInboundEventTriggered(event)
    }
}

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

import NIOCore

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

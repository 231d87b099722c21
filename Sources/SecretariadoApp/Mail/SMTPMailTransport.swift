import NIOCore
import SecretariadoCore
import SecretariadoMail

/// Delivery through an SMTP server; the answer recorded for an attempt is the server's reply
/// to the end of DATA (`250 2.0.0 Ok: queued as …`). Failures become `MailDeliveryError`,
/// permanent exactly when `SMTPError` says sending the message again cannot help.
struct SMTPMailTransport: MailTransport {
    let client: SMTPClient

    init(configuration: SMTPConfiguration, eventLoopGroup: any EventLoopGroup) {
        client = SMTPClient(configuration: configuration, eventLoopGroup: eventLoopGroup)
    }

    func deliver(_ message: MailMessage) async throws -> String {
        do {
            return try await client.send(message).description
        } catch let error as SMTPError {
            throw MailDeliveryError(permanent: error.isPermanent, reason: error.description)
        } catch {
            throw MailDeliveryError(permanent: false, reason: "\(error)")
        }
    }
}

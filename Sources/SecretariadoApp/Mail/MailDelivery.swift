import Fluent
import Foundation
import SecretariadoCore
import Vapor

/// One pass of delivery: claim what is due, hand each message to the transport, record it.
enum MailDelivery {
    /// How long one message's delivery may take at most (connection, TLS and each SMTP reply
    /// have their own timeouts): the part of a claim's lease that must remain to start it.
    static let sendMargin: TimeInterval = 2 * 60

    /// Returns how many messages were attempted.
    @discardableResult
    static func deliverDue(
        transport: any MailTransport, worker: String, now: @Sendable () -> Date = { Date() }, limit: Int = 20,
        on db: any Database, logger: Logger? = nil
    ) async throws -> Int {
        let claimed = try await Outbox.claim(limit: limit, worker: worker, now: now(), on: db)
        for row in claimed {
            // A message is sent only while this worker's claim on it has time to spare: once
            // the lease may run out mid-send, another instance may take the message, so it is
            // left for the next pass rather than sent twice.
            if let until = row.claimedUntil, now().addingTimeInterval(sendMargin) > until { continue }
            let result: Result<String, MailDeliveryError>
            do {
                result = .success(try await transport.deliver(try Outbox.decode(row)))
            } catch let error as MailDeliveryError {
                result = .failure(error)
            } catch is DecodingError {
                // A stored message that no longer decodes will not decode tomorrow either.
                result = .failure(MailDeliveryError(permanent: true, reason: "El mensaje guardado no se pudo leer."))
            } catch {
                result = .failure(MailDeliveryError(permanent: false, reason: "\(error)"))
            }
            if case .failure(let error) = result {
                logger?.warning("Correo \(row.messageID) no entregado: \(error.reason)")
            }
            try await Outbox.record(row.requireID(), worker: worker, result: result, now: now(), on: db)
        }
        return claimed.count
    }
}

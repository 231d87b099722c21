import Fluent
import SecretariadoCore
import Vapor

/// One e-mail waiting in, or gone from, the outbox. Written in the same transaction as the
/// event it tells of, so a rolled-back event sends nothing; delivered later by
/// `MailDeliveryWorker`, which claims it for a while (`claimedBy`/`claimedUntil`) so that
/// two instances never send it at once.
final class OutboxMessage: Model, @unchecked Sendable {
    static let schema = "mail_outbox"

    enum Status: String, Codable, Sendable, CaseIterable {
        case pending = "pendiente"
        case sent = "enviado"
        case failed = "fallido"

        var label: Localized {
            switch self {
            case .pending: Localized(es: "Pendiente", en: "Pending")
            case .sent: Localized(es: "Enviado", en: "Sent")
            case .failed: Localized(es: "Fallido", en: "Failed")
            }
        }
    }

    @ID(key: .id) var id: UUID?
    /// The Message-ID (without angle brackets), the same at every attempt.
    @Field(key: "message_id") var messageID: String
    @Field(key: "kind") var kind: String
    @Field(key: "recipient") var recipient: String
    @Field(key: "language") var language: String
    /// The whole `MailMessage` as JSON: what is delivered is exactly what was decided.
    @Field(key: "message") var message: String
    @Field(key: "status") var status: Status
    @Field(key: "attempts") var attempts: Int
    @Field(key: "next_attempt_at") var nextAttemptAt: Date
    @OptionalField(key: "first_attempt_at") var firstAttemptAt: Date?
    @OptionalField(key: "last_error") var lastError: String?
    @OptionalField(key: "claimed_by") var claimedBy: String?
    @OptionalField(key: "claimed_until") var claimedUntil: Date?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "sent_at") var sentAt: Date?

    init() {}
}

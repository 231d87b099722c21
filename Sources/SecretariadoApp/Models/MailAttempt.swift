import Fluent
import Vapor

/// One delivery attempt of an outbox message and what came of it.
final class MailAttempt: Model, @unchecked Sendable {
    static let schema = "mail_attempts"

    enum Outcome: String, Codable, Sendable {
        case sent = "enviado"
        case retry = "reintento"
        case failed = "fallido"
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "outbox_id") var outbox: OutboxMessage
    @Field(key: "at") var at: Date
    @Field(key: "outcome") var outcome: Outcome
    /// The server's answer, or the error.
    @Field(key: "detail") var detail: String
    @Field(key: "worker") var worker: String

    init() {}

    init(outboxID: UUID, at: Date, outcome: Outcome, detail: String, worker: String) {
        self.$outbox.id = outboxID
        self.at = at
        self.outcome = outcome
        self.detail = String(detail.prefix(2_000))
        self.worker = worker
    }
}

import Fluent
import SQLKit
import SecretariadoCore
import Vapor

/// The transactional outbox: `enqueue` inside the event's write transaction, then
/// `claim` and `record` from the delivery worker.
enum Outbox {
    /// How long a claimed message is the claimer's. A worker that dies after sending and
    /// before recording leaves it claimed this long; then another sends it once more, with
    /// the same Message-ID, so the receiving side can recognise the repeat.
    static let lease: TimeInterval = 5 * 60

    /// Adds a message to send. Call it with the transaction's `db`: if the transaction rolls
    /// back, the message never existed.
    @discardableResult
    static func enqueue(
        _ message: MailMessage, kind: NotificationKind, language: Language, now: Date = Date(), on db: any Database
    ) async throws -> OutboxMessage {
        let row = OutboxMessage()
        row.messageID = message.messageID
        row.kind = kind.rawValue
        row.recipient = message.to.map(\.email).joined(separator: ", ")
        row.language = language.rawValue
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.dateEncodingStrategy = .secondsSince1970
        row.message = String(decoding: try encoder.encode(message), as: UTF8.self)
        row.status = .pending
        row.attempts = 0
        row.nextAttemptAt = now
        row.createdAt = now
        try await row.create(on: db)
        return row
    }

    static func decode(_ row: OutboxMessage) throws -> MailMessage {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return try decoder.decode(MailMessage.self, from: Data(row.message.utf8))
    }

    /// Claims up to `limit` due messages for `worker` in one statement, so that two workers
    /// (two instances on one PostgreSQL) never hold the same message: on PostgreSQL the
    /// candidate rows are locked with `FOR UPDATE SKIP LOCKED`, so a concurrent claimer skips
    /// them instead of waiting; on SQLite the single UPDATE is atomic, writes being serial.
    static func claim(limit: Int, worker: String, now: Date, on db: any Database) async throws -> [OutboxMessage] {
        guard let sql = db as? any SQLDatabase else { return [] }
        let skipLocked = sql.dialect.name == "postgresql" ? " FOR UPDATE SKIP LOCKED" : ""
        let until = now.addingTimeInterval(lease)
        let ids: [UUID] = try await db.writeTransaction { db in
            let sql = db as! any SQLDatabase
            let rows = try await sql.raw(
                """
                UPDATE \(ident: OutboxMessage.schema) SET claimed_by = \(bind: worker), claimed_until = \(bind: until) \
                WHERE id IN (SELECT id FROM \(ident: OutboxMessage.schema) \
                WHERE status = \(bind: OutboxMessage.Status.pending.rawValue) AND next_attempt_at <= \(bind: now) \
                AND (claimed_until IS NULL OR claimed_until < \(bind: now)) \
                ORDER BY next_attempt_at LIMIT \(unsafeRaw: String(limit))\(unsafeRaw: skipLocked)) \
                RETURNING id
                """
            ).all()
            return try rows.map { try $0.decode(column: "id", as: UUID.self) }
        }
        guard !ids.isEmpty else { return [] }
        return try await OutboxMessage.query(on: db).filter(\.$id ~~ ids).filter(\.$claimedBy == worker)
            .sort(\.$nextAttemptAt).all()
    }

    /// Records one attempt of a message this worker claimed: sent, retried later by
    /// `DeliveryBackoff`, or failed. A message whose claim was lost (the lease ran out and
    /// another worker took it) is left to that worker.
    static func record(
        _ id: UUID, worker: String, result: Result<String, MailDeliveryError>, now: Date,
        jitter: Double = Double.random(in: 0..<1), on db: any Database
    ) async throws {
        try await db.writeTransaction { db in
            guard
                let row = try await OutboxMessage.query(on: db).filter(\.$id == id)
                    .filter(\.$claimedBy == worker).filter(\.$status == .pending).first()
            else { return }
            row.attempts += 1
            let first = row.firstAttemptAt ?? now
            row.firstAttemptAt = first
            row.claimedBy = nil
            row.claimedUntil = nil
            let outcome: MailAttempt.Outcome
            let detail: String
            switch result {
            case .success(let answer):
                row.status = .sent
                row.sentAt = now
                row.lastError = nil
                outcome = .sent
                detail = answer
            case .failure(let error):
                row.lastError = String(error.reason.prefix(2_000))
                detail = error.reason
                switch DeliveryBackoff.next(attempts: row.attempts, firstAttemptAt: first, now: now, permanent: error.permanent, jitter: jitter) {
                case .retry(let at):
                    row.nextAttemptAt = at
                    outcome = .retry
                case .fail:
                    row.status = .failed
                    outcome = .failed
                }
            }
            if row.status != .pending, NotificationKind(rawValue: row.kind)?.carriesSecret == true {
                row.message = try scrubbed(row)
            }
            try await row.save(on: db)
            try await MailAttempt(outboxID: row.requireID(), at: now, outcome: outcome, detail: detail, worker: worker).create(on: db)
        }
    }

    static let scrubbedText = "[Contenido retirado del correo saliente tras el envío: contenía un acuse o una credencial.]"

    /// The stored message without its secret text, once it is no longer needed for delivery.
    static func scrubbed(_ row: OutboxMessage) throws -> String {
        var message = try decode(row)
        message.text = scrubbedText
        message.html = nil
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.dateEncodingStrategy = .secondsSince1970
        return String(decoding: try encoder.encode(message), as: UTF8.self)
    }

    /// An administrator sends a failed message again: it becomes pending, due now, with a
    /// fresh 48-hour window.
    static func retry(_ id: UUID, by actor: AuditLog.Actor, now: Date = Date(), on db: any Database) async throws {
        try await db.writeTransaction { db in
            guard let row = try await OutboxMessage.find(id, on: db) else { throw Abort(.notFound) }
            guard row.status == .failed else {
                throw AppError.conflict(
                    field: "id",
                    Localized(
                        es: "Solo un mensaje fallido puede reintentarse.", en: "Only a failed message can be retried."))
            }
            if NotificationKind(rawValue: row.kind)?.carriesSecret == true {
                throw AppError.conflict(
                    field: "id",
                    Localized(
                        es: "Este mensaje llevaba un acuse o una credencial y su texto ya no se guarda: emite una credencial nueva.",
                        en: "This message carried a receipt or a credential and its text is no longer kept: issue a new credential."))
            }
            row.status = .pending
            row.nextAttemptAt = now
            row.firstAttemptAt = nil
            row.claimedBy = nil
            row.claimedUntil = nil
            try await row.save(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: nil, action: .update, entity: .mail,
                entityID: id.uuidString, summary: "Correo reintentado: \(row.kind) a \(row.recipient)",
                change: .changed(from: ["status": OutboxMessage.Status.failed.rawValue], to: ["status": OutboxMessage.Status.pending.rawValue]))
        }
    }
}

import Fluent
import SQLKit
import Vapor

/// A reminder that was sent (`firma:<minutes>`, `acuerdo-vencido:<agreement>`, …), so the
/// daily jobs, run every hour by every instance, send each one once.
final class NoticeMark: Model, @unchecked Sendable {
    static let schema = "notice_marks"

    @ID(key: .id) var id: UUID?
    @Field(key: "key") var key: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    /// Claims `key` inside the caller's transaction: true the first time, false when another
    /// run (here or on another instance) already has it. The insert ignores a duplicate, so
    /// the transaction is not aborted by a unique violation.
    static func claim(_ key: String, now: Date, on db: any Database) async throws -> Bool {
        if try await NoticeMark.query(on: db).filter(\.$key == key).first() != nil { return false }
        guard let sql = db as? any SQLDatabase else { return false }
        let rows = try await sql.raw(
            """
            INSERT INTO \(ident: schema) (id, key, created_at) VALUES (\(bind: UUID()), \(bind: key), \(bind: now)) \
            ON CONFLICT (key) DO NOTHING RETURNING id
            """
        ).all()
        return !rows.isEmpty
    }
}

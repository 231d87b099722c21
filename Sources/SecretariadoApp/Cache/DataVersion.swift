import Fluent
import SQLKit

/// A counter of changes kept in the database, so that every server instance sharing it
/// knows when its cached public pages are stale (product.md §7: no state in memory that
/// would break several instances). Every write passes through `AuditLog.record` inside its
/// transaction, which raises the counter; the counter commits or rolls back with the change.
enum DataVersion {
    static let table = "data_versions"

    static func bump(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.update(table)
            .set(SQLIdentifier("version"), to: SQLBinaryExpression(SQLIdentifier("version"), .add, SQLLiteral.numeric("1")))
            .where("id", .equal, 1)
            .run()
        LocalWrites.committed()
    }

    /// The current value: one primary-key read.
    static func current(on db: any Database) async throws -> Int64 {
        guard let sql = db as? any SQLDatabase,
              let row = try await sql.select().column("version").from(table).where("id", .equal, 1).first()
        else { return 0 }
        return try row.decode(column: "version", as: Int64.self)
    }
}

import Fluent
import SQLKit

/// Counters of changes kept in the database, so that every server instance sharing it
/// knows when its cached public pages are stale (no state in memory that
/// would break several instances). Every write passes through `AuditLog.record` inside its
/// transaction, which raises the counters; they commit or roll back with the change.
enum DataVersion {
    static let table = "data_versions"

    /// What a cached page depends on. Row `id` of the table holds its counter.
    enum Scope: Int, Sendable, CaseIterable {
        /// Anything at all: every write raises it.
        case everything = 1
        /// The national directory — `/`, `/comparativo`, the STL list — built from STLs,
        /// seats and sectors only. Raised by every write except the kinds listed in
        /// `DirectoryScope.unaffectedEntities`, so that a vote in one STL does not make
        /// the whole country's pages render again.
        case directory = 2
    }

    static func bump(_ scopes: [Scope], on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase, !scopes.isEmpty else { return }
        try await sql.update(table)
            .set(SQLIdentifier("version"), to: SQLBinaryExpression(SQLIdentifier("version"), .add, SQLLiteral.numeric("1")))
            .where("id", .in, SQLBind.group(scopes.map(\.rawValue)))
            .run()
        LocalWrites.committed()
    }

    /// The current value: one primary-key read.
    static func current(_ scope: Scope, on db: any Database) async throws -> Int64 {
        guard let sql = db as? any SQLDatabase,
              let row = try await sql.select().column("version").from(table).where("id", .equal, scope.rawValue).first()
        else { return 0 }
        return try row.decode(column: "version", as: Int64.self)
    }
}

/// Which writes leave the national directory as it was. A deny-list on purpose: a kind of
/// change not named here (a new one included) raises the directory's version too, so
/// forgetting an entry costs a render, never a stale page.
enum DirectoryScope {
    /// Audit entities whose writes touch no STL, seat or sector row.
    static let unaffectedEntities: Set<String> = [
        "vote", "motion", "session", "attendance", "agenda_item", "proposal", "minutes",
        "signature", "signing_key", "agreement", "agreement_note", "action_plan", "commitment",
        "milestone", "expense", "outreach_activity", "api_token", "role_grant", "user",
    ]

    static func scopes(for entities: [String]) -> [DataVersion.Scope] {
        entities.allSatisfy(unaffectedEntities.contains) ? [.everything] : [.everything, .directory]
    }
}

import Fluent
import SQLKit

/// Counters of changes kept in the database, so that every server instance sharing it
/// knows when its cached public pages are stale (no state in memory that
/// would break several instances). Every write passes through `AuditLog.record` inside its
/// transaction, which raises the counters; they commit or roll back with the change.
enum DataVersion {
    static let table = "data_versions"

    /// What a cached page depends on.
    enum Scope: Hashable, Sendable {
        /// Anything at all: every write raises it (national pages that aggregate STLs).
        case everything
        /// The national directory — `/`, `/comparativo`, the STL list — built from STLs,
        /// seats and sectors only. Raised by the writes whose `AuditEntity` touches it
        /// (`touchesDirectory`), so that a vote in one STL does not make the whole
        /// country's pages render again.
        case directory
        /// One STL's own pages, by slug: raised by every write to that STL, and by every
        /// write that belongs to no STL (an account's name may show on any page). A vote in
        /// Jalisco leaves Morelos's pages as they were.
        case secretariat(String)

        /// The row of `data_versions` that holds a national counter.
        var row: Int? {
            switch self {
            case .everything: 1
            case .directory: 2
            case .secretariat: nil
            }
        }

        /// Part of an ETag: which counter the version belongs to.
        var tag: String {
            switch self {
            case .everything: "1"
            case .directory: "2"
            case .secretariat(let slug): "s-\(slug)"
            }
        }
    }

    /// Raises the national counters named and the counters of the STLs written to (`nil`
    /// in `secretariats`: a write to no STL in particular, which raises every STL's).
    static func bump(_ scopes: [Scope], secretariats: Set<UUID?> = [], on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        let increment = SQLBinaryExpression(SQLIdentifier("data_version"), .add, SQLLiteral.numeric("1"))
        // In id order, so that two transactions raising the same STLs take their rows in
        // the same order.
        if secretariats.contains(nil) {
            try await sql.update("secretariats").set(SQLIdentifier("data_version"), to: increment).run()
        } else if !secretariats.isEmpty {
            for id in secretariats.compactMap({ $0 }).sorted(by: { $0.uuidString < $1.uuidString }) {
                try await sql.update("secretariats").set(SQLIdentifier("data_version"), to: increment).where("id", .equal, id).run()
            }
        }
        let rows = scopes.compactMap(\.row)
        if !rows.isEmpty {
            try await sql.update(table)
                .set(SQLIdentifier("version"), to: SQLBinaryExpression(SQLIdentifier("version"), .add, SQLLiteral.numeric("1")))
                .where("id", .in, SQLBind.group(rows))
                .run()
        }
        LocalWrites.committed()
    }

    /// The current value: one primary-key (or unique slug) read.
    static func current(_ scope: Scope, on db: any Database) async throws -> Int64 {
        guard let sql = db as? any SQLDatabase else { return 0 }
        if case .secretariat(let slug) = scope {
            guard let row = try await sql.select().column("data_version").from("secretariats").where("slug", .equal, slug).first()
            else { return 0 }
            return try row.decode(column: "data_version", as: Int64.self)
        }
        guard let id = scope.row,
            let row = try await sql.select().column("version").from(table).where("id", .equal, id).first()
        else { return 0 }
        return try row.decode(column: "version", as: Int64.self)
    }
}

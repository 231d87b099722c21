import Fluent
import SQLKit

/// Rows for one table, inserted in as few statements as the database allows. Values are
/// the same Swift types the models hold (UUID, Date, String enums' raw values, Codable
/// structs for JSON columns), bound through the driver's own encoder, so the rows read
/// back exactly as if Fluent had written them.
struct BulkRows {
    let table: String
    let columns: [String]
    private(set) var rows: [[any Encodable & Sendable]] = []

    init(_ table: String, _ columns: [String]) {
        self.table = table
        self.columns = columns
    }

    var count: Int { rows.count }

    mutating func add(_ row: [any Encodable & Sendable]) {
        precondition(row.count == columns.count, "\(table): \(row.count) values for \(columns.count) columns")
        rows.append(row)
    }

    /// Multi-row INSERTs, each under the bound-parameter limit: SQLite allows 32,766 per
    /// statement (since 3.32), PostgreSQL 65,535.
    func insert(on db: any Database, maxBinds: Int) async throws {
        guard let sql = db as? any SQLDatabase else { throw CommandFailure("La base de datos no admite SQL.") }
        try await insert(on: sql, maxBinds: maxBinds)
    }

    func insert(on sql: any SQLDatabase, maxBinds: Int) async throws {
        guard !rows.isEmpty else { return }
        let perStatement = max(1, maxBinds / columns.count)
        var start = 0
        while start < rows.count {
            let end = min(start + perStatement, rows.count)
            let insert = sql.insert(into: table).columns(columns)
            for row in rows[start..<end] { insert.values(row) }
            try await insert.run()
            start = end
        }
    }

    mutating func removeAll() {
        rows.removeAll(keepingCapacity: true)
    }
}

/// The bound-parameter limit of the database in use.
enum BindLimit {
    static func of(_ db: any Database) -> Int {
        // Leave room: drivers may add parameters of their own.
        (db as? any SQLDatabase)?.dialect.name == "postgresql" ? 65_000 : 32_000
    }
}

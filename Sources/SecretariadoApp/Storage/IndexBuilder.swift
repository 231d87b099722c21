import Fluent
import SQLKit

/// Secondary indexes through SQLKit's portable builders (the same SQL on SQLite and
/// PostgreSQL). Foreign keys are not indexed by either database on their own.
enum IndexBuilder {
    static func create(_ name: String, on table: String, _ columns: String..., in database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        var builder = sql.create(index: name).on(table)
        for column in columns { builder = builder.column(column) }
        try await builder.run()
    }

    static func drop(_ name: String, in database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.drop(index: name).run()
    }
}

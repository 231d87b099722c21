import Fluent
import SQLKit
import Vapor

/// Row locks taken as the first statement of a write transaction. Bumping a counter column
/// makes every writer of the same session (or motion) wait for the previous one to commit
/// on both databases: PostgreSQL holds the row lock; SQLite takes its write lock at once,
/// so a transaction never holds a read lock it must later upgrade (which SQLite refuses
/// with "busy" rather than wait). Whatever is read after the lock is current.
enum RowLock {
    static func session(_ id: UUID, on db: any Database) async throws {
        try await bump(StlSession.schema, id, on: db)
    }

    static func motion(_ id: UUID, on db: any Database) async throws {
        try await bump(Motion.schema, id, on: db)
    }

    /// Serialises deciding one agenda proposal: integrating it and declining it each read
    /// it as pending first, and only one of them may win.
    static func proposal(_ id: UUID, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.raw("UPDATE \(ident: AgendaProposal.schema) SET \(ident: "status") = \(ident: "status") WHERE \(ident: "id") = \(bind: id)")
            .run()
    }

    /// Serialises appends to one STL's archive and agreement numbering.
    static func secretariat(_ id: UUID, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.raw("UPDATE \(ident: Secretariat.schema) SET \(ident: "slug") = \(ident: "slug") WHERE \(ident: "id") = \(bind: id)").run()
    }

    private static func bump(_ table: String, _ id: UUID, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.raw("UPDATE \(ident: table) SET \(ident: "revision") = \(ident: "revision") + 1 WHERE \(ident: "id") = \(bind: id)").run()
    }
}

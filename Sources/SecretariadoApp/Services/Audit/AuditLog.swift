import Fluent
import SQLKit
import Vapor

/// Writes the append-only audit log. Call it inside the same transaction as the change,
/// so a change and its record are saved together or not at all.
enum AuditLog {
    enum Actor: Sendable {
        case system
        case user(id: UUID?, email: String)

        init(_ user: User?) {
            self = user.map { .user(id: $0.id, email: $0.email) } ?? .system
        }

        var userID: UUID? {
            if case .user(let id, _) = self { return id }
            return nil
        }

        var label: String {
            switch self {
            case .system: "sistema"
            case .user(_, let email): email
            }
        }
    }

    enum Action: String, Sendable {
        case create, update, delete
    }

    static func record(
        on db: any Database, actor: Actor, secretariatID: UUID?, action: Action, entity: AuditEntity,
        entityID: String?, summary: String, change: AuditChange
    ) async throws {
        try await record(
            [
                entry(
                    actor: actor, secretariatID: secretariatID, action: action, entity: entity,
                    entityID: entityID, summary: summary, change: change)
            ], on: db)
    }

    /// An entry to record later with `record(_:on:)` (several changes in one transaction).
    static func entry(
        actor: Actor, secretariatID: UUID?, action: Action, entity: AuditEntity,
        entityID: String?, summary: String, change: AuditChange
    ) -> AuditEntry {
        AuditEntry(
            at: Date(), userID: actor.userID, actor: actor.label, secretariatID: secretariatID,
            action: action.rawValue, entity: entity.rawValue, entityID: entityID, summary: summary,
            before: change.beforeJSON, after: change.afterJSON)
    }

    /// Records entries, inside the caller's transaction, and raises the data versions that
    /// cached public pages are keyed by (`HTTP/Cache/PublicCache.swift`): the counters of the
    /// STLs written to (every STL's when an entry belongs to none), `.everything`, and the
    /// national directory's when one of the entries' kinds touches it (`AuditEntity`).
    static func record(_ entries: [AuditEntry], on db: any Database) async throws {
        guard !entries.isEmpty else { return }
        try await insert(entries, on: db)
        // Entries are made from an `AuditEntity`; a stored name it does not know raises all.
        let scopes = Set(entries.flatMap { AuditEntity(rawValue: $0.entity)?.dataVersionScopes ?? [.everything, .directory] })
        try await DataVersion.bump(Array(scopes), secretariats: Set(entries.map(\.secretariatID)), on: db)
    }

    /// Every write passes here, so the row goes in through SQLKit: a Fluent `create` reflects
    /// over the model's properties on each call, which cost more than the insert itself.
    private static func insert(_ entries: [AuditEntry], on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else {
            for entry in entries { try await entry.create(on: db) }
            return
        }
        var rows = BulkRows(
            AuditEntry.schema, ["id", "at", "user_id", "actor", "secretariat_id", "action", "entity", "entity_id", "summary", "before", "after"])
        for entry in entries {
            rows.add([
                UUID(), entry.at, bind(entry.userID), entry.actor, bind(entry.secretariatID), entry.action, entry.entity,
                bind(entry.entityID), entry.summary, bind(entry.before), bind(entry.after),
            ])
        }
        try await rows.insert(on: sql, maxBinds: BindLimit.of(db))
    }
}

extension Request {
    var auditActor: AuditLog.Actor { .init(currentUser) }
}

/// What the log keeps of a user: never the password hash.
struct UserSnapshot: Encodable {
    let email: String
    let name: String
    let isAdmin: Bool

    init(_ user: User) {
        email = user.email
        name = user.name
        isAdmin = user.isAdmin
    }
}

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

    static func record<Before: Encodable, After: Encodable>(
        on db: any Database, actor: Actor, secretariatID: UUID?, action: Action, entity: String,
        entityID: String?, summary: String, before: Before?, after: After?
    ) async throws {
        try await record([try entry(actor: actor, secretariatID: secretariatID, action: action, entity: entity,
                                    entityID: entityID, summary: summary, before: before, after: after)], on: db)
    }

    /// An entry to record later with `record(_:on:)` (several changes in one transaction).
    static func entry<Before: Encodable, After: Encodable>(
        actor: Actor, secretariatID: UUID?, action: Action, entity: String,
        entityID: String?, summary: String, before: Before?, after: After?
    ) throws -> AuditEntry {
        AuditEntry(
            at: Date(), userID: actor.userID, actor: actor.label, secretariatID: secretariatID,
            action: action.rawValue, entity: entity, entityID: entityID, summary: summary,
            before: try before.map(json), after: try after.map(json))
    }

    /// Records entries, inside the caller's transaction, and raises the data version once.
    static func record(_ entries: [AuditEntry], on db: any Database) async throws {
        guard !entries.isEmpty else { return }
        try await insert(entries, on: db)
        // Cached public pages are keyed by these counters (Cache/PublicCache.swift).
        try await DataVersion.bump(
            DirectoryScope.scopes(for: entries.map(\.entity)), secretariats: Set(entries.map(\.secretariatID)), on: db)
    }

    /// Every write passes here, so the row goes in through SQLKit: a Fluent `create` reflects
    /// over the model's properties on each call, which cost more than the insert itself.
    private static func insert(_ entries: [AuditEntry], on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else {
            for entry in entries { try await entry.create(on: db) }
            return
        }
        var rows = BulkRows(AuditEntry.schema, ["id", "at", "user_id", "actor", "secretariat_id", "action", "entity", "entity_id", "summary", "before", "after"])
        for entry in entries {
            rows.add([UUID(), entry.at, bind(entry.userID), entry.actor, bind(entry.secretariatID), entry.action, entry.entity,
                      bind(entry.entityID), entry.summary, bind(entry.before), bind(entry.after)])
        }
        try await rows.insert(on: sql, maxBinds: BindLimit.of(db))
    }

    private static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
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

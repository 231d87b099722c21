import Fluent
import Foundation
import SecretariadoCore

/// An audit entry as one reader may see it. Editors of the STL (and administrators, on the
/// platform log) get it as stored; other readers (representatives, national coordination)
/// get it through `AuditRedaction`: contact fields and e-mail addresses replaced, and the
/// actor named by their account's name instead of its e-mail.
struct AuditEntryView: Sendable {
    let at: Date
    let actor: String
    let secretariatID: UUID?
    let action: String
    let entity: String
    let entityID: String?
    let summary: String
    let before: String?
    let after: String?

    static func load(_ entries: [AuditEntry], redacting: Bool, on db: any Database) async throws -> [AuditEntryView] {
        guard redacting else { return entries.map { AuditEntryView($0, actor: $0.actor) } }
        let ids = Set(entries.compactMap(\.userID))
        var names: [UUID: String] = [:]
        if !ids.isEmpty {
            for user in try await User.query(on: db).filter(\.$id ~~ ids).all() {
                if let id = user.id { names[id] = AuditRedaction.maskingEmails(in: user.name) }
            }
        }
        return entries.map { entry in
            var view = AuditEntryView(entry, actor: entry.userID.flatMap { names[$0] } ?? AuditRedaction.maskingEmails(in: entry.actor))
            view = AuditEntryView(
                at: view.at, actor: view.actor, secretariatID: view.secretariatID, action: view.action, entity: view.entity,
                entityID: view.entityID, summary: AuditRedaction.maskingEmails(in: entry.summary),
                before: AuditRedaction.redact(json: entry.before), after: AuditRedaction.redact(json: entry.after))
            return view
        }
    }

    private init(_ entry: AuditEntry, actor: String) {
        self.init(
            at: entry.at, actor: actor, secretariatID: entry.secretariatID, action: entry.action, entity: entry.entity,
            entityID: entry.entityID, summary: entry.summary, before: entry.before, after: entry.after)
    }

    private init(
        at: Date, actor: String, secretariatID: UUID?, action: String, entity: String, entityID: String?,
        summary: String, before: String?, after: String?
    ) {
        self.at = at
        self.actor = actor
        self.secretariatID = secretariatID
        self.action = action
        self.entity = entity
        self.entityID = entityID
        self.summary = summary
        self.before = before
        self.after = after
    }
}

import Fluent
import Vapor

/// One change: who, when, what, before and after. The table is append-only: no code path
/// updates or deletes rows, and there is no route that could.
final class AuditEntry: Model, @unchecked Sendable {
    static let schema = "audit_entries"

    @ID(key: .id) var id: UUID?
    @Field(key: "at") var at: Date
    @OptionalField(key: "user_id") var userID: UUID?
    /// The actor as shown to readers: an e-mail, or "sistema" for commands and demo loads.
    @Field(key: "actor") var actor: String
    @OptionalField(key: "secretariat_id") var secretariatID: UUID?
    @Field(key: "action") var action: String
    @Field(key: "entity") var entity: String
    @OptionalField(key: "entity_id") var entityID: String?
    @Field(key: "summary") var summary: String
    /// JSON of the record before the change (absent on creation).
    @OptionalField(key: "before") var before: String?
    /// JSON of the record after the change (absent on deletion).
    @OptionalField(key: "after") var after: String?

    init() {}

    init(
        at: Date, userID: UUID?, actor: String, secretariatID: UUID?, action: String,
        entity: String, entityID: String?, summary: String, before: String?, after: String?
    ) {
        self.at = at
        self.userID = userID
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

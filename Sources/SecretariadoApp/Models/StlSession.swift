import Fluent
import SecretariadoCore
import Vapor

/// A session of an STL: first a representative's request, then the facilitator's
/// convocation (date, place, modality, agenda), and finally cancelled or concluded with
/// finalised minutes, after which nothing about it changes.
final class StlSession: Model, @unchecked Sendable {
    static let schema = "stl_sessions"

    @ID(key: .id) var id: UUID?

    /// Invented by the demo loader (never set by a person's write): pages and exports say
    /// «Datos de demostración». Unset (NULL) on every record a person writes.
    @OptionalField(key: "demo") var demoMark: Bool?
    var isDemo: Bool { demoMark ?? false }
    @Parent(key: "secretariat_id") var secretariat: Secretariat
    /// Running number among the STL's convened sessions; none while only requested.
    @OptionalField(key: "number") var number: Int?
    @Field(key: "kind") var kind: SessionKind
    @Field(key: "urgent") var urgent: Bool
    @Field(key: "status") var status: SessionStatus
    @OptionalField(key: "starts_at") var startsAt: Date?
    @OptionalField(key: "ends_at") var endsAt: Date?
    @OptionalField(key: "place") var place: String?
    @OptionalField(key: "modality") var modality: SessionModality?
    /// Why it was requested (the representative's words).
    @OptionalField(key: "reason") var reason: String?
    @OptionalField(key: "requested_by") var requestedBy: String?
    @OptionalField(key: "requested_by_user_id") var requestedByUserID: UUID?
    @OptionalField(key: "convened_at") var convenedAt: Date?
    @OptionalField(key: "convened_by") var convenedBy: String?
    @OptionalField(key: "cancel_reason") var cancelReason: String?
    /// iCalendar SEQUENCE: raised on every change subscribers should see.
    @Field(key: "sequence") var sequence: Int
    /// Bumped by every write as its first statement, so concurrent writes to one session
    /// queue up on the row lock instead of interleaving (see `RowLock.session`).
    @Field(key: "revision") var revision: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(secretariatID: UUID, kind: SessionKind, status: SessionStatus) {
        self.$secretariat.id = secretariatID
        self.kind = kind
        self.urgent = false
        self.status = status
        self.sequence = 0
        self.revision = 0
    }

    var isFrozen: Bool { status == .concluida || status == .cancelada }

    /// "Sesión ordinaria n.º 3".
    func title(_ language: Language) -> String {
        let kindText = kind.label[language].lowercased()
        let base = language == .es ? "Sesión \(kindText)" : "\(kind.label[language]) session"
        guard let number else { return base }
        return language == .es ? "\(base) n.º \(number)" : "\(base) no. \(number)"
    }
}

import Fluent
import SecretariadoCore
import Vapor

/// A proposed new version of an installed STL's Mecanismo de Gobernanza. It is not in force:
/// it becomes a `GovernanceVersion` only when a motion adopting it is decided adopted in a
/// session of the STL (`MotionWrites.close`).
final class GovernanceDraft: Model, @unchecked Sendable {
    static let schema = "governance_drafts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "secretariat_id") var secretariat: Secretariat
    @Field(key: "document") var document: GovernanceMechanism
    /// The version in force when it was proposed: its diff is against that version.
    @Field(key: "base_version") var baseVersion: Int
    @Field(key: "note") var note: String
    @Field(key: "author") var author: String
    @Field(key: "status") var status: CharterAmendment.DraftStatus
    /// The version it became, once adopted.
    @OptionalField(key: "adopted_version") var adoptedVersion: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(secretariatID: UUID, document: GovernanceMechanism, baseVersion: Int, note: String, author: String) {
        self.$secretariat.id = secretariatID
        self.document = document
        self.baseVersion = baseVersion
        self.note = note
        self.author = author
        self.status = .borrador
    }
}

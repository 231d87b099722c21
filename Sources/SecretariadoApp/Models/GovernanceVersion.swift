import Fluent
import SecretariadoCore
import Vapor

/// One version of an STL's Mecanismo de Gobernanza. Versions are never edited: a change
/// is a new version, and the highest number is the one in force. Drafts that are not yet in
/// force are `GovernanceDraft`s.
final class GovernanceVersion: Model, @unchecked Sendable {
    static let schema = "governance_versions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "secretariat_id") var secretariat: Secretariat
    @Field(key: "version") var version: Int
    @Field(key: "document") var document: GovernanceMechanism
    /// Why this version was made ("Reforma aprobada en la sesión del…").
    @Field(key: "note") var note: String
    @Field(key: "author") var author: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    /// How it came into force; `nil` for versions written before that was recorded.
    @OptionalField(key: "origin") var origin: CharterAmendment.Origin?
    /// The draft, motion and session that adopted it, and the vote's tally.
    @OptionalField(key: "draft_id") var draftID: UUID?
    @OptionalField(key: "motion_id") var motionID: UUID?
    @OptionalField(key: "session_id") var sessionID: UUID?
    @OptionalField(key: "tally") var tally: TallyRecord?

    init() {}

    init(secretariatID: UUID, version: Int, document: GovernanceMechanism, note: String, author: String, origin: CharterAmendment.Origin? = nil) {
        self.$secretariat.id = secretariatID
        self.origin = origin
        self.version = version
        self.document = document
        self.note = note
        self.author = author
    }
}

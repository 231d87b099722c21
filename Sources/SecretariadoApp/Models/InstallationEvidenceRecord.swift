import Fluent
import SecretariadoCore
import Vapor

/// A document that shows an installation step was done: a link and its kind.
final class InstallationEvidenceRecord: Model, @unchecked Sendable {
    static let schema = "installation_evidence"

    @ID(key: .id) var id: UUID?
    @Parent(key: "secretariat_id") var secretariat: Secretariat
    @Field(key: "step_number") var stepNumber: Int
    @Field(key: "kind") var kind: InstallationEvidence
    @Field(key: "title") var title: String
    /// An http(s) address, or a path of this site (e.g. the acta).
    @Field(key: "url") var url: String
    @Field(key: "added_by") var addedBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(secretariatID: UUID, stepNumber: Int, kind: InstallationEvidence, title: String, url: String, addedBy: String) {
        self.$secretariat.id = secretariatID
        self.stepNumber = stepNumber
        self.kind = kind
        self.title = title
        self.url = url
        self.addedBy = addedBy
    }
}

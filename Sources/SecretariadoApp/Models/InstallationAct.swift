import Fluent
import Vapor

/// The issued acta de instalación: the Markdown as it was signed, and its SHA-256, so the
/// text cannot change after the STL is installed.
final class InstallationAct: Model, @unchecked Sendable {
    static let schema = "installation_acts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "secretariat_id") var secretariat: Secretariat
    @Field(key: "markdown") var markdown: String
    @Field(key: "sha256") var sha256: String
    @Field(key: "issued_on") var issuedOn: Date
    @Field(key: "issued_by") var issuedBy: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(secretariatID: UUID, markdown: String, sha256: String, issuedOn: Date, issuedBy: String) {
        self.$secretariat.id = secretariatID
        self.markdown = markdown
        self.sha256 = sha256
        self.issuedOn = issuedOn
        self.issuedBy = issuedBy
    }
}

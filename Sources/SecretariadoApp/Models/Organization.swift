import Fluent
import SecretariadoCore
import Vapor

/// A government body, civil-society organisation, guarantor body or academic institution
/// taking part in an STL. Its contact e-mail is never published.
final class Organization: Model, @unchecked Sendable {
    static let schema = "organizations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "secretariat_id") var secretariat: Secretariat
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: OrganizationKind
    @OptionalField(key: "website") var website: String?
    @OptionalField(key: "contact_email") var contactEmail: String?
    @OptionalField(key: "notes") var notes: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(
        id: UUID? = nil, secretariatID: UUID, name: String, kind: OrganizationKind,
        website: String? = nil, contactEmail: String? = nil, notes: String? = nil
    ) {
        self.id = id
        self.$secretariat.id = secretariatID
        self.name = name
        self.kind = kind
        self.website = website
        self.contactEmail = contactEmail
        self.notes = notes
    }
}

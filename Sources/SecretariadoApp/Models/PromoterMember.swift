import Fluent
import SecretariadoCore
import Vapor

/// A member of the Grupo Promotor: the guarantor body, authorities and organised civil
/// society that signed the Declaración Conjunta. Contact data are never published.
final class PromoterMember: Model, @unchecked Sendable {
    static let schema = "promoter_members"

    @ID(key: .id) var id: UUID?
    @Parent(key: "secretariat_id") var secretariat: Secretariat
    /// The person (or, when no person is named, the body itself).
    @Field(key: "name") var name: String
    @OptionalField(key: "organization") var organization: String?
    @Field(key: "sector") var sector: String
    @OptionalField(key: "position") var position: String?
    @OptionalField(key: "contact_email") var contactEmail: String?
    @OptionalField(key: "contact_phone") var contactPhone: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(
        secretariatID: UUID, name: String, organization: String?, sector: SectorCode, position: String?,
        contactEmail: String?, contactPhone: String?
    ) {
        self.$secretariat.id = secretariatID
        self.name = name
        self.organization = organization
        self.sector = sector.rawValue
        self.position = position
        self.contactEmail = contactEmail
        self.contactPhone = contactPhone
    }
}

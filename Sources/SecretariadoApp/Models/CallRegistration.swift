import Fluent
import SecretariadoCore
import Vapor

/// An organisation's registration in the open call, with the guarantor's decision and its
/// reason. Contact data and the source hash are never published.
final class CallRegistration: Model, @unchecked Sendable {
    static let schema = "call_registrations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "secretariat_id") var secretariat: Secretariat
    @Parent(key: "call_id") var call: OpenCall
    @Field(key: "organization_name") var organizationName: String
    /// The name with case, accents and punctuation folded: one registration per organisation.
    @Field(key: "name_key") var nameKey: String
    @Field(key: "kind") var kind: OrganizationKind
    @Field(key: "agenda_kind") var agendaKind: AgendaKind
    @Field(key: "agenda") var agenda: String
    @OptionalField(key: "website") var website: String?
    /// Links that show the organisation's trajectory, one per line.
    @Field(key: "evidence_links") var evidenceLinks: String
    @Field(key: "contact_name") var contactName: String
    @Field(key: "contact_email") var contactEmail: String
    @OptionalField(key: "contact_phone") var contactPhone: String?
    /// SHA-256 of the call and the sender's address, to limit registrations per sender
    /// without keeping the address itself.
    @Field(key: "source_hash") var sourceHash: String
    @Field(key: "status") var status: RegistrationStatus
    @OptionalField(key: "decision_reason") var decisionReason: String?
    @OptionalField(key: "decided_by") var decidedBy: String?
    @OptionalField(key: "decided_at") var decidedAt: Date?
    /// SHA-256 of the private receipt code the organisation got when registering, and the
    /// public key derived from that code, to which its election credential is sealed
    /// (`CredentialSeal`). The code itself is never stored.
    @OptionalField(key: "receipt_hash") var receiptHash: String?
    @OptionalField(key: "receipt_key") var receiptKey: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(
        secretariatID: UUID, callID: UUID, organizationName: String, nameKey: String, kind: OrganizationKind,
        agendaKind: AgendaKind, agenda: String, website: String?, evidenceLinks: [String], contactName: String,
        contactEmail: String, contactPhone: String?, sourceHash: String
    ) {
        self.$secretariat.id = secretariatID
        self.$call.id = callID
        self.organizationName = organizationName
        self.nameKey = nameKey
        self.kind = kind
        self.agendaKind = agendaKind
        self.agenda = agenda
        self.website = website
        self.evidenceLinks = evidenceLinks.joined(separator: "\n")
        self.contactName = contactName
        self.contactEmail = contactEmail
        self.contactPhone = contactPhone
        self.sourceHash = sourceHash
        self.status = .pendiente
    }

    var links: [String] { evidenceLinks.split(separator: "\n").map(String.init) }
}

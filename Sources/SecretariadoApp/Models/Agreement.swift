import Fluent
import SecretariadoCore
import Vapor

/// An acuerdo: a decision with an owner, a due date and a follow-up status (facilitator
/// functions 5 and 9). Usually born from an adopted motion, numbered per STL.
final class Agreement: Model, @unchecked Sendable {
    static let schema = "agreements"

    @ID(key: .id) var id: UUID?

    /// Invented by the demo loader (never set by a person's write): pages and exports say
    /// «Datos de demostración». Unset (NULL) on every record a person writes.
    @OptionalField(key: "demo") var demoMark: Bool?
    var isDemo: Bool { demoMark ?? false }
    @Parent(key: "secretariat_id") var secretariat: Secretariat
    @OptionalParent(key: "session_id") var session: StlSession?
    @OptionalParent(key: "motion_id") var motion: Motion?
    /// 1, 2, 3… within the STL.
    @Field(key: "number") var number: Int
    /// "ACU-2026-007": year of creation and number.
    @Field(key: "code") var code: String
    @Field(key: "title") var title: String
    @OptionalField(key: "description") var description: String?
    /// Who carries it out: a sector, an organisation, a person's office.
    @Field(key: "owner") var owner: String
    @OptionalField(key: "owner_sector") var ownerSector: String?
    @OptionalField(key: "due_on") var dueOn: Date?
    @Field(key: "status") var status: AgreementStatus
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(
        secretariatID: UUID, sessionID: UUID?, motionID: UUID?, number: Int, code: String,
        title: String, description: String?, owner: String, ownerSector: String?, dueOn: Date?
    ) {
        self.$secretariat.id = secretariatID
        self.$session.id = sessionID
        self.$motion.id = motionID
        self.number = number
        self.code = code
        self.title = title
        self.description = description
        self.owner = owner
        self.ownerSector = ownerSector
        self.dueOn = dueOn
        self.status = .pendiente
    }
}

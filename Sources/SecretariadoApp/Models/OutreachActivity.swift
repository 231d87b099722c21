import Fluent
import SecretariadoCore
import Vapor

/// An awareness or dissemination activity (the STL's function 3).
final class OutreachActivity: Model, @unchecked Sendable {
    static let schema = "outreach_activities"

    @ID(key: .id) var id: UUID?

    /// Invented by the demo loader (never set by a person's write): pages and exports say
    /// «Datos de demostración». Unset (NULL) on every record a person writes.
    @OptionalField(key: "demo") var demoMark: Bool?
    var isDemo: Bool { demoMark ?? false }
    @Parent(key: "secretariat_id") var secretariat: Secretariat
    @Field(key: "held_on") var heldOn: Date
    @Field(key: "kind") var kind: OutreachKind
    @Field(key: "title") var title: String
    /// Who it was for: officials, organisations, students, the general public…
    @Field(key: "audience") var audience: String
    @Field(key: "attendees") var attendees: Int
    @Field(key: "material_links") var materialLinks: [String]
    @Field(key: "recorded_by") var recordedBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(
        secretariatID: UUID, heldOn: Date, kind: OutreachKind, title: String, audience: String, attendees: Int, materialLinks: [String],
        recordedBy: String
    ) {
        self.$secretariat.id = secretariatID
        self.heldOn = heldOn
        self.kind = kind
        self.title = title
        self.audience = audience
        self.attendees = attendees
        self.materialLinks = materialLinks
        self.recordedBy = recordedBy
    }
}

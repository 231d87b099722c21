import Fluent
import SecretariadoCore
import Vapor

/// A Plan de Acción Local: the commitments an STL co-created for a period (guide, function
/// 1 and 2 of the STL: define them, then follow their implementation).
final class ActionPlan: Model, @unchecked Sendable {
    static let schema = "action_plans"

    @ID(key: .id) var id: UUID?

    /// Invented by the demo loader (never set by a person's write): pages and exports say
    /// «Datos de demostración». Unset (NULL) on every record a person writes.
    @OptionalField(key: "demo") var demoMark: Bool?
    var isDemo: Bool { demoMark ?? false }
    @Parent(key: "secretariat_id") var secretariat: Secretariat
    @Field(key: "title") var title: String
    @OptionalField(key: "description") var description: String?
    @Field(key: "starts_on") var startsOn: Date
    @Field(key: "ends_on") var endsOn: Date
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(secretariatID: UUID, title: String, description: String?, startsOn: Date, endsOn: Date) {
        self.$secretariat.id = secretariatID
        self.title = title
        self.description = description
        self.startsOn = startsOn
        self.endsOn = endsOn
    }
}

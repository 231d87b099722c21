import Fluent
import SecretariadoCore
import Vapor

/// The selected representatives' decision on the facilitator (step 7): who, how, when,
/// the minutes, and the independence warnings shown when it was recorded.
final class FacilitatorSelection: Model, @unchecked Sendable {
    static let schema = "facilitator_selections"

    @ID(key: .id) var id: UUID?
    @Parent(key: "secretariat_id") var secretariat: Secretariat
    @Parent(key: "facilitator_term_id") var term: FacilitatorTerm
    @Field(key: "method") var method: String
    @Field(key: "decided_on") var decidedOn: Date
    @OptionalField(key: "minutes_url") var minutesURL: String?
    @Field(key: "warnings") var warnings: Warnings
    @Field(key: "recorded_by") var recordedBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    /// Wrapped so every database stores it as one JSON document.
    struct Warnings: Codable, Sendable {
        var items: [Localized]
    }

    init() {}

    init(secretariatID: UUID, termID: UUID, method: String, decidedOn: Date, minutesURL: String?, warnings: [Localized], recordedBy: String) {
        self.$secretariat.id = secretariatID
        self.$term.id = termID
        self.method = method
        self.decidedOn = decidedOn
        self.minutesURL = minutesURL
        self.warnings = Warnings(items: warnings)
        self.recordedBy = recordedBy
    }
}

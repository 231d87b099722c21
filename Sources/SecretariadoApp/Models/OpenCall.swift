import Fluent
import Vapor

/// The open call (convocatoria abierta) to local social actors of step 3: one per STL.
/// Organisations register while it is published, between its dates, and not closed.
final class OpenCall: Model, @unchecked Sendable {
    static let schema = "open_calls"

    @ID(key: .id) var id: UUID?
    @Parent(key: "secretariat_id") var secretariat: Secretariat
    @Field(key: "title") var title: String
    @Field(key: "body") var body: String
    @Field(key: "opens_on") var opensOn: Date
    /// Registrations are accepted through the whole of this day (Mexico City).
    @Field(key: "closes_on") var closesOn: Date
    @OptionalField(key: "published_at") var publishedAt: Date?
    @OptionalField(key: "closed_at") var closedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(secretariatID: UUID, title: String, body: String, opensOn: Date, closesOn: Date) {
        self.$secretariat.id = secretariatID
        self.title = title
        self.body = body
        self.opensOn = opensOn
        self.closesOn = closesOn
    }

    /// Whether an organisation may register at `now`.
    func acceptsRegistrations(at now: Date) -> Bool {
        guard publishedAt != nil, closedAt == nil else { return false }
        return now >= opensOn && now < closesOn.addingTimeInterval(86_400)
    }
}

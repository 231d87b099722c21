import Fluent
import SecretariadoCore
import Vapor

/// The election of an STL's civil-society representatives by the validated organisations
/// themselves (step 6). Nominations until `opensAt`, ballots until `closesAt`; the close
/// publishes the full count and seats the elected.
final class Election: Model, @unchecked Sendable {
    static let schema = "elections"

    @ID(key: .id) var id: UUID?
    @Parent(key: "secretariat_id") var secretariat: Secretariat
    @Field(key: "title") var title: String
    /// Titular seats to fill; as many suplentes follow in the ranking.
    @Field(key: "seats") var seats: Int
    @Field(key: "method") var method: ElectionMethod
    @Field(key: "opens_at") var opensAt: Date
    @Field(key: "closes_at") var closesAt: Date
    @OptionalField(key: "closed_at") var closedAt: Date?
    @OptionalField(key: "closed_by") var closedBy: String?
    @Field(key: "created_by") var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(secretariatID: UUID, title: String, seats: Int, method: ElectionMethod, opensAt: Date, closesAt: Date, createdBy: String) {
        self.$secretariat.id = secretariatID
        self.title = title
        self.seats = seats
        self.method = method
        self.opensAt = opensAt
        self.closesAt = closesAt
        self.createdBy = createdBy
    }

    var schedule: ElectionSchedule { ElectionSchedule(opensAt: opensAt, closesAt: closesAt, closedAt: closedAt) }
}

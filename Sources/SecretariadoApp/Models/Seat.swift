import Fluent
import Vapor

/// A titular seat of one sector. Its holders over time are `SeatTerm`s: one current
/// titular and optionally one current suplente.
final class Seat: Model, @unchecked Sendable {
    static let schema = "seats"

    @ID(key: .id) var id: UUID?
    @Parent(key: "secretariat_id") var secretariat: Secretariat
    @Field(key: "sector") var sector: String
    /// 1-based number within the sector, for stable display order.
    @Field(key: "number") var number: Int
    @Children(for: \.$seat) var terms: [SeatTerm]
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, secretariatID: UUID, sector: String, number: Int) {
        self.id = id
        self.$secretariat.id = secretariatID
        self.sector = sector
        self.number = number
    }
}

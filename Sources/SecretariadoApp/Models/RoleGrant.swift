import Fluent
import SecretariadoCore
import Vapor

/// A role a user holds in one STL: facilitator, representative (with seat and sector) or
/// guarantor staff. Platform administration is `User.isAdmin`, not a grant.
final class RoleGrant: Model, @unchecked Sendable {
    static let schema = "role_grants"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Parent(key: "secretariat_id") var secretariat: Secretariat
    @Field(key: "role") var role: StlRole
    /// For representatives: the sector they represent.
    @OptionalField(key: "sector") var sector: String?
    /// For representatives: their seat, and whether as titular or suplente.
    @OptionalParent(key: "seat_id") var seat: Seat?
    @OptionalField(key: "holder_role") var holderRole: HolderRole?
    /// For representatives: the term of the seat position the account speaks for. Its
    /// rights last while that term is current (see `SeatAdmission`).
    @OptionalField(key: "term_id") var termID: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(
        id: UUID? = nil, userID: UUID, secretariatID: UUID, role: StlRole, sector: String? = nil,
        seatID: UUID? = nil, holderRole: HolderRole? = nil, termID: UUID? = nil
    ) {
        self.id = id
        self.$user.id = userID
        self.$secretariat.id = secretariatID
        self.role = role
        self.sector = sector
        self.$seat.id = seatID
        self.holderRole = holderRole
        self.termID = termID
    }

    var grant: Grant {
        Grant(
            secretariatID: $secretariat.id, role: role,
            sector: sector.map(SectorCode.init(rawValue:)), holderRole: holderRole)
    }
}

import Fluent
import SecretariadoCore
import Vapor

/// A role over every STL (national coordination), granted and revoked by administrators
/// like a per-STL `RoleGrant`, but tied to no secretariat.
final class NationalGrant: Model, @unchecked Sendable {
    static let schema = "national_grants"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Field(key: "role") var role: NationalRole
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, userID: UUID, role: NationalRole) {
        self.id = id
        self.$user.id = userID
        self.role = role
    }
}

import Fluent
import Vapor

/// An account. Passwords are stored only as bcrypt hashes.
final class User: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    /// Lowercased, unique; the login name.
    @Field(key: "email") var email: String
    @Field(key: "name") var name: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "is_admin") var isAdmin: Bool
    /// The person this account belongs to, when they appear in an STL.
    @OptionalParent(key: "person_id") var person: Person?
    @Children(for: \.$user) var grants: [RoleGrant]
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(
        id: UUID? = nil, email: String, name: String, passwordHash: String, isAdmin: Bool = false,
        personID: UUID? = nil
    ) {
        self.id = id
        self.email = email.lowercased()
        self.name = name
        self.passwordHash = passwordHash
        self.isAdmin = isAdmin
        self.$person.id = personID
    }
}

extension User: ModelSessionAuthenticatable {}

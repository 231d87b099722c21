import Fluent
import Vapor

/// A bearer token for the API. Only its SHA-256 is stored: a leaked database does not
/// leak usable tokens.
final class APIToken: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Field(key: "name") var name: String
    @Field(key: "token_hash") var tokenHash: String
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, userID: UUID, name: String, tokenHash: String) {
        self.id = id
        self.$user.id = userID
        self.name = name
        self.tokenHash = tokenHash
    }
}

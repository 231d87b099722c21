import Fluent
import Vapor

/// A signed-in browser. The cookie carries a random token; only its SHA-256 is stored, so a
/// leaked database does not leak usable sessions. The user is a column (not inside opaque
/// session data) so that all of an account's sessions can be ended at once, e.g. when its
/// password changes.
final class WebSession: Model, @unchecked Sendable {
    static let schema = "web_sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Parent(key: "user_id") var user: User
    @Field(key: "created_at") var createdAt: Date
    /// After this the session is refused and its row pruned, whatever the cookie says.
    @Field(key: "expires_at") var expiresAt: Date

    init() {}

    init(id: UUID? = nil, tokenHash: String, userID: UUID, createdAt: Date, expiresAt: Date) {
        self.id = id
        self.tokenHash = tokenHash
        self.$user.id = userID
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}

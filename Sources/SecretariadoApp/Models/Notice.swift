import Fluent
import SecretariadoCore
import Vapor

/// An in-app notice («Avisos») for one account: what happened and the exact page.
final class Notice: Model, @unchecked Sendable {
    static let schema = "notices"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Field(key: "kind") var kind: String
    @Field(key: "title") var title: String
    @Field(key: "body") var body: String
    /// A site path (`/stl/…`), never an outside address.
    @Field(key: "link") var link: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "read_at") var readAt: Date?
    /// Waiting for the next daily digest e-mail (the person chose «Resumen diario»).
    @Field(key: "digest_pending") var digestPending: Bool

    init() {}

    init(userID: UUID, kind: NotificationKind, title: String, body: String, link: String, createdAt: Date, digestPending: Bool) {
        self.$user.id = userID
        self.kind = kind.rawValue
        self.title = title
        self.body = body
        self.link = link
        self.createdAt = createdAt
        self.digestPending = digestPending
    }
}

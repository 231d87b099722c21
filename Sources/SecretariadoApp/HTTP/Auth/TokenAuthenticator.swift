import Crypto
import Fluent
import SQLKit
import Vapor

/// Authenticates API requests by `Authorization: Bearer <token>`. The token row is read on
/// every request, so a revoked (deleted) token fails at once.
struct TokenAuthenticator: AsyncBearerAuthenticator {
    /// How stale «last used» may get: writing it on every request would turn each read
    /// into a write.
    static let lastUsedResolution: TimeInterval = 60 * 60

    /// One indexed join, read column by column: every API write authenticates here, and a
    /// Fluent eager load (two queries, two reflected models) cost more than the write.
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        let hash = APITokens.hash(bearer.token)
        guard let sql = request.db as? any SQLDatabase else { return }
        let now = Date()
        guard
            let row = try await sql.select()
                .column(SQLColumn("id", table: APIToken.schema), as: "token_id")
                .column(SQLColumn("last_used_at", table: APIToken.schema), as: "last_used_at")
                .column(SQLColumn("id", table: User.schema), as: "id")
                .column(SQLColumn("email", table: User.schema), as: "email")
                .column(SQLColumn("name", table: User.schema), as: "name")
                .column(SQLColumn("password_hash", table: User.schema), as: "password_hash")
                .column(SQLColumn("is_admin", table: User.schema), as: "is_admin")
                .column(SQLColumn("person_id", table: User.schema), as: "person_id")
                .from(APIToken.schema)
                .join(User.schema, on: SQLColumn("id", table: User.schema), .equal, SQLColumn("user_id", table: APIToken.schema))
                .where(SQLColumn("token_hash", table: APIToken.schema), .equal, SQLBind(hash))
                .first()
        else { return }
        request.auth.login(try User(row: row))
        let tokenID = try row.decode(column: "token_id", as: UUID.self)
        let lastUsed = try? row.decode(column: "last_used_at", as: Date?.self)
        if (lastUsed ?? nil).map({ now.timeIntervalSince($0) > Self.lastUsedResolution }) ?? true {
            try await request.db.writeTransaction { db in
                try await APIToken.query(on: db).filter(\.$id == tokenID).set(\.$lastUsedAt, to: now).update()
            }
        }
    }
}

enum APITokens {
    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).hexEncoded
    }

    /// 256 random bits, hex-encoded.
    static func mintSecret() -> String {
        let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
        return bytes.map { String(format: "%02x", $0) }.joined()
    }

    /// A new random token (shown once) and the hash to store.
    static func mint() -> (token: String, hash: String) {
        let token = "stl_" + mintSecret()
        return (token, hash(token))
    }
}

extension Digest {
    var hexEncoded: String { map { String(format: "%02x", $0) }.joined() }
}

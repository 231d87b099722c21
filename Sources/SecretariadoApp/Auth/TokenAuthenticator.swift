import Crypto
import Fluent
import SQLKit
import Vapor

/// Authenticates API requests by `Authorization: Bearer <token>`.
struct TokenAuthenticator: AsyncBearerAuthenticator {
    /// One indexed join, read column by column: every API write authenticates here, and a
    /// Fluent eager load (two queries, two reflected models) cost more than the write.
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        let hash = APITokens.hash(bearer.token)
        guard let sql = request.db as? any SQLDatabase else { return }
        guard let row = try await sql.select()
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
        let user = User(
            id: try row.decode(column: "id", as: UUID.self), email: try row.decode(column: "email", as: String.self),
            name: try row.decode(column: "name", as: String.self), passwordHash: try row.decode(column: "password_hash", as: String.self),
            isAdmin: try row.decode(column: "is_admin", as: Bool.self), personID: try row.decode(column: "person_id", as: UUID?.self))
        user.$id.exists = true  // a stored row: saving it updates, never inserts
        request.auth.login(user)
    }
}

enum APITokens {
    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).hexEncoded
    }

    /// A new random token (shown once) and the hash to store.
    static func mint() -> (token: String, hash: String) {
        let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
        let token = "stl_" + bytes.map { String(format: "%02x", $0) }.joined()
        return (token, hash(token))
    }
}

extension Digest {
    var hexEncoded: String { map { String(format: "%02x", $0) }.joined() }
}

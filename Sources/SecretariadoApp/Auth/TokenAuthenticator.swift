import Crypto
import Fluent
import Vapor

/// Authenticates API requests by `Authorization: Bearer <token>`.
struct TokenAuthenticator: AsyncBearerAuthenticator {
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        let hash = APITokens.hash(bearer.token)
        guard let token = try await APIToken.query(on: request.db)
            .filter(\.$tokenHash == hash)
            .with(\.$user)
            .first()
        else { return }
        request.auth.login(token.user)
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

import Fluent
import SecretariadoCore
import Vapor

extension Request {
    private struct PrincipalKey: StorageKey { typealias Value = Principal }

    var currentUser: User? { auth.get(User.self) }

    /// The authenticated user with their grants, loaded once per request.
    func principal() async throws -> Principal {
        if let cached = storage[PrincipalKey.self] { return cached }
        guard let user = currentUser, let userID = user.id else { return .anonymous }
        let grants = try await RoleGrant.query(on: db).filter(\.$user.$id == userID).all()
        let principal = Principal(userID: userID, isAdmin: user.isAdmin, grants: grants.map(\.grant))
        storage[PrincipalKey.self] = principal
        return principal
    }

    /// Throws 401 for the public and 403 for users without the permission.
    func require(_ permission: Permission) async throws {
        let principal = try await principal()
        guard AccessPolicy.allows(principal, permission) else {
            throw principal.isAuthenticated ? AppError.forbidden : AppError.unauthenticated
        }
    }

    func can(_ permission: Permission) async throws -> Bool {
        AccessPolicy.allows(try await principal(), permission)
    }
}

import Fluent
import SecretariadoCore
import SQLKit
import Vapor

extension Request {
    private struct PrincipalKey: StorageKey { typealias Value = Principal }

    var currentUser: User? { auth.get(User.self) }

    /// The principal if this request already loaded it (pages read it without a query).
    var loadedPrincipal: Principal? { storage[PrincipalKey.self] }

    /// The authenticated user with their grants, loaded once per request.
    func principal() async throws -> Principal {
        if let cached = storage[PrincipalKey.self] { return cached }
        guard let user = currentUser, let userID = user.id else { return .anonymous }
        let principal = Principal(
            userID: userID, isAdmin: user.isAdmin, grants: try await Self.grants(of: userID, on: db),
            nationalRoles: try await Self.nationalRoles(of: userID, on: db))
        storage[PrincipalKey.self] = principal
        return principal
    }

    /// The user's grants, read column by column (every signed-in request needs them).
    static func grants(of userID: UUID, on db: any Database) async throws -> [Grant] {
        guard let sql = db as? any SQLDatabase else {
            return try await RoleGrant.query(on: db).filter(\.$user.$id == userID).all().map(\.grant)
        }
        return try await sql.select().columns("secretariat_id", "role", "sector", "holder_role")
            .from(RoleGrant.schema).where("user_id", .equal, SQLBind(userID)).all()
            .map { row in
                Grant(
                    secretariatID: try row.decode(column: "secretariat_id", as: UUID.self),
                    role: try row.decode(column: "role", as: StlRole.self),
                    sector: try row.decode(column: "sector", as: String?.self).map(SectorCode.init(rawValue:)),
                    holderRole: try row.decode(column: "holder_role", as: HolderRole?.self))
            }
    }

    /// The user's roles over every STL (few accounts hold one; the lookup is by index).
    static func nationalRoles(of userID: UUID, on db: any Database) async throws -> Set<NationalRole> {
        Set(try await NationalGrant.query(on: db).filter(\.$user.$id == userID).all(\.$role))
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

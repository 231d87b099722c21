import Fluent
import SQLKit
import SecretariadoCore
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
        let standing = try await Self.standingGrants(of: userID, on: db)
        let principal = Principal(
            userID: userID, isAdmin: user.isAdmin,
            grants: standing.filter(\.standing.confersRights).map(\.grant),
            grantsWithoutRights: standing.filter { !$0.standing.confersRights }.map(\.grant),
            nationalRoles: try await Self.nationalRoles(of: userID, on: db))
        storage[PrincipalKey.self] = principal
        return principal
    }

    /// The user's grants that give rights today, read column by column in one query (every
    /// signed-in request needs them): a representative grant whose seat term ended, or that
    /// waits for its seat's appointment, is left out, so every permission of the seat ends
    /// with the term.
    static func grants(of userID: UUID, on db: any Database) async throws -> [Grant] {
        try await standingGrants(of: userID, on: db).filter(\.standing.confersRights).map(\.grant)
    }

    /// Whether each loaded grant row gives rights today, in order: one read of the terms
    /// the rows are bound to.
    static func standing(of rows: [RoleGrant], on db: any Database) async throws -> [GrantStanding] {
        let termIDs = rows.compactMap(\.termID)
        let terms = termIDs.isEmpty ? [] : try await SeatTerm.query(on: db).filter(\.$id ~~ termIDs).all()
        let ended = Dictionary(uniqueKeysWithValues: terms.compactMap { term in term.id.map { ($0, !term.isCurrent) } })
        return rows.map { row in
            let termEnded = row.termID.flatMap { ended[$0] }
            return GrantStanding.of(role: row.role, boundTermExists: termEnded != nil, boundTermEnded: termEnded ?? false)
        }
    }

    /// Every grant of the user with whether it gives rights today.
    static func standingGrants(of userID: UUID, on db: any Database) async throws -> [(grant: Grant, standing: GrantStanding)] {
        guard let sql = db as? any SQLDatabase else {
            let rows = try await RoleGrant.query(on: db).filter(\.$user.$id == userID).all()
            return zip(rows.map(\.grant), try await standing(of: rows, on: db)).map { ($0, $1) }
        }
        let grants = RoleGrant.schema
        let terms = SeatTerm.schema
        let query = sql.select()
            .column(SQLColumn("secretariat_id", table: grants), as: "secretariat_id")
            .column(SQLColumn("role", table: grants), as: "role")
            .column(SQLColumn("sector", table: grants), as: "sector")
            .column(SQLColumn("holder_role", table: grants), as: "holder_role")
            .column(SQLColumn("id", table: terms), as: "bound_term_id")
            .column(SQLColumn("ends_on", table: terms), as: "bound_term_ends_on")
            .from(grants)
        query.join(terms, method: SQLJoinMethod.left, on: SQLColumn("id", table: terms), SQLBinaryOperator.equal, SQLColumn("term_id", table: grants))
        query.where(SQLColumn("user_id", table: grants), SQLBinaryOperator.equal, SQLBind(userID))
        return try await query.all().map { row in
            let role = try row.decode(column: "role", as: StlRole.self)
            let grant = Grant(
                secretariatID: try row.decode(column: "secretariat_id", as: UUID.self),
                role: role,
                sector: try row.decode(column: "sector", as: String?.self).map(SectorCode.init(rawValue:)),
                holderRole: try row.decode(column: "holder_role", as: HolderRole?.self))
            let standing = GrantStanding.of(
                role: role,
                boundTermExists: try row.decode(column: "bound_term_id", as: UUID?.self) != nil,
                boundTermEnded: try row.decode(column: "bound_term_ends_on", as: Date?.self) != nil)
            return (grant, standing)
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
            guard principal.isAuthenticated else { throw AppError.unauthenticated }
            // Someone whose seat gave them this right hears why it no longer does.
            let dormant = Principal(userID: principal.userID, isAdmin: false, grants: principal.grantsWithoutRights)
            if !principal.grantsWithoutRights.isEmpty, AccessPolicy.allows(dormant, permission) {
                throw AppError.forbiddenBecause(GrantStanding.refusal)
            }
            throw AppError.forbidden
        }
    }

    func can(_ permission: Permission) async throws -> Bool {
        AccessPolicy.allows(try await principal(), permission)
    }
}

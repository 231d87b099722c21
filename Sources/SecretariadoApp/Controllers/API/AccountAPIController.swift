import Fluent
import Vapor

/// `/api/v1/account/tokens` (one's own tokens) and `/api/v1/users/:userId/grants`
/// (administrators): listing, granting and revoking.
struct AccountAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.accountTokens.pathComponents, use: tokens).openAPI(.listAccountTokens)
        routes.delete(APIURL.accountToken(.key).pathComponents, use: revokeToken).openAPI(.revokeAccountToken)
        routes.get(APIURL.userGrants(.key).pathComponents, use: grants).openAPI(.listUserGrants)
        routes.post(APIURL.userGrants(.key).pathComponents, use: grant).openAPI(.createUserGrant)
        routes.delete(APIURL.userGrant(.key, .key).pathComponents, use: revokeGrant).openAPI(.revokeUserGrant)
    }

    struct TokenDTO: Content {
        let id: UUID
        let name: String
        let createdAt: Date?
        let lastUsedAt: Date?
    }

    /// A role in one STL, or national (`coordinador`: no secretariat).
    struct GrantDTO: Content {
        let id: UUID
        let secretariat: String?
        let secretariatName: String?
        let role: String
        let sector: String?
        let seatNumber: Int?
        let holderRole: String?
    }

    @Sendable func tokens(req: Request) async throws -> [TokenDTO] {
        try await req.require(.manageOwnAccount)
        let user = try req.auth.require(User.self)
        return try await APIToken.query(on: req.db).filter(\.$user.$id == user.requireID()).sort(\.$createdAt, .descending).all()
            .map { TokenDTO(id: try $0.requireID(), name: $0.name, createdAt: $0.createdAt, lastUsedAt: $0.lastUsedAt) }
    }

    @Sendable func revokeToken(req: Request) async throws -> HTTPStatus {
        try await req.require(.manageOwnAccount)
        let user = try req.auth.require(User.self)
        try await UserWrites.revokeToken(try req.pathID(), of: user.requireID(), by: req.auditActor, on: req.db)
        return .noContent
    }

    @Sendable func grants(req: Request) async throws -> [GrantDTO] {
        try await req.require(.administerPlatform)
        let userID = try req.pathID("userId")
        guard try await User.find(userID, on: req.db) != nil else { throw AppError.notFound(UserWrites.noSuchAccount) }
        let national = try await NationalGrant.query(on: req.db).filter(\.$user.$id == userID).all()
            .map {
                GrantDTO(
                    id: try $0.requireID(), secretariat: nil, secretariatName: nil, role: $0.role.rawValue, sector: nil, seatNumber: nil,
                    holderRole: nil)
            }
        return try await national
            + RoleGrant.query(on: req.db).filter(\.$user.$id == userID).with(\.$secretariat).with(\.$seat).all()
            .map { grant in
                GrantDTO(
                    id: try grant.requireID(), secretariat: grant.secretariat.slug, secretariatName: grant.secretariat.name,
                    role: grant.role.rawValue, sector: grant.sector, seatNumber: grant.seat?.number, holderRole: grant.holderRole?.rawValue)
            }
    }

    /// Grants a role: in one STL (`secretariat`), or national coordination (`role:
    /// coordinador`, no secretariat).
    @Sendable func grant(req: Request) async throws -> Response {
        try await req.require(.administerPlatform)
        let userID = try req.pathID("userId")
        guard let user = try await User.find(userID, on: req.db) else { throw AppError.notFound(UserWrites.noSuchAccount) }
        let granted = try await UserWrites.grantAny(try req.content.decode(UserWrites.GrantInput.self), to: user, by: req.auditActor, on: req.db)
        guard let dto = try await grants(req: req).first(where: { $0.id == granted.id }) else { throw Abort(.internalServerError) }
        let response = try await dto.encodeResponse(for: req)
        response.status = .created
        return response
    }

    @Sendable func revokeGrant(req: Request) async throws -> HTTPStatus {
        try await req.require(.administerPlatform)
        try await UserWrites.revokeGrant(try req.pathID(), of: try req.pathID("userId"), by: req.auditActor, on: req.db)
        return .noContent
    }
}

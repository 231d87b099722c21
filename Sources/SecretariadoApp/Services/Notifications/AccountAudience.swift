import Fluent
import Foundation
import SecretariadoCore
import Vapor

/// Accounts as notice recipients, by id, in the given order.
enum AccountAudience {
    static func candidates(_ userIDs: [UUID], standing: NoticeAudience.Standing = .titular, on db: any Database) async throws -> [NoticeAudience
        .Candidate]
    {
        guard !userIDs.isEmpty else { return [] }
        let users = try await User.query(on: db).filter(\.$id ~~ userIDs).all()
        let byID = Dictionary(users.compactMap { user in user.id.map { ($0, user) } }, uniquingKeysWith: { first, _ in first })
        var seen = Set<UUID>()
        return userIDs.compactMap { id in
            guard seen.insert(id).inserted, let user = byID[id] else { return nil }
            return .init(standing: standing, name: user.name, email: user.email, userID: id)
        }
    }

    /// The accounts that speak for a current seat position of the STL, with that position.
    static func seatAccounts(of stlID: UUID, on db: any Database) async throws -> [(userID: UUID, position: MinutesSigners.Position, sector: String?)]
    {
        let grants = try await RoleGrant.query(on: db).filter(\.$secretariat.$id == stlID).filter(\.$role == .representante).all()
        let standing = try await Request.standing(of: grants, on: db)
        return zip(grants, standing).compactMap { grant, standing in
            guard standing.confersRights, let seatID = grant.$seat.id, let role = grant.holderRole else { return nil }
            return (grant.$user.id, MinutesSigners.Position(seatID: seatID, role: role), grant.sector)
        }
    }
}

import Foundation

/// Who is asking: the public (anonymous), or a user with their grants.
public struct Principal: Hashable, Sendable {
    public var userID: UUID?
    public var isAdmin: Bool
    /// The grants that give rights today.
    public var grants: [Grant]
    /// Grants that give no rights today (a seat term ended, or a vacant seat waits for its
    /// appointment). They still say who the person is: rules that keep someone *out* (public
    /// bodies take no part in the civil-society election) read them too.
    public var grantsWithoutRights: [Grant]
    /// Roles over every STL (national coordination), apart from the per-STL grants.
    public var nationalRoles: Set<NationalRole>

    public init(userID: UUID?, isAdmin: Bool, grants: [Grant], grantsWithoutRights: [Grant] = [], nationalRoles: Set<NationalRole> = []) {
        self.userID = userID
        self.isAdmin = isAdmin
        self.grants = grants
        self.grantsWithoutRights = grantsWithoutRights
        self.nationalRoles = nationalRoles
    }

    /// Every grant, with rights or not: who the person is, not what they may do.
    public var allGrants: [Grant] { grants + grantsWithoutRights }

    public static let anonymous = Principal(userID: nil, isAdmin: false, grants: [])

    public var isAuthenticated: Bool { userID != nil }

    /// National coordination reads every STL; `AccessPolicy` never lets it write.
    public var isCoordinator: Bool { nationalRoles.contains(.coordinador) }

    public func holds(_ role: StlRole, in secretariat: UUID) -> Bool {
        grants.contains { $0.secretariatID == secretariat && $0.role == role }
    }

    public func roles(in secretariat: UUID) -> Set<StlRole> {
        Set(grants.filter { $0.secretariatID == secretariat }.map(\.role))
    }
}

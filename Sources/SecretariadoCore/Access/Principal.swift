import Foundation

/// Who is asking: the public (anonymous), or a user with their grants.
public struct Principal: Hashable, Sendable {
    public var userID: UUID?
    public var isAdmin: Bool
    public var grants: [Grant]

    public init(userID: UUID?, isAdmin: Bool, grants: [Grant]) {
        self.userID = userID
        self.isAdmin = isAdmin
        self.grants = grants
    }

    public static let anonymous = Principal(userID: nil, isAdmin: false, grants: [])

    public var isAuthenticated: Bool { userID != nil }

    public func holds(_ role: StlRole, in secretariat: UUID) -> Bool {
        grants.contains { $0.secretariatID == secretariat && $0.role == role }
    }

    public func roles(in secretariat: UUID) -> Set<StlRole> {
        Set(grants.filter { $0.secretariatID == secretariat }.map(\.role))
    }
}

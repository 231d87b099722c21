import Foundation

/// Everything a route can ask permission for. Each route names exactly one of these, so
/// the authorization matrix is this enum times `Principal`, testable without a server.
public enum Permission: Hashable, Sendable {
    /// Public pages and open data.
    case readPublic
    /// Create STLs, manage users and their roles.
    case administerPlatform
    /// Any signed-in user: their own account and API tokens.
    case manageOwnAccount
    /// Seats, members, organisations and facilitator of one STL.
    case editComposition(UUID)
    /// Personal contact data of the people of one STL.
    case readContactData(UUID)
    /// The audit log of one STL.
    case readAuditLog(UUID)
    /// Publish a new version of the Mecanismo de Gobernanza of one STL.
    case editGovernance(UUID)
}

/// The one place that decides who may do what (product.md §7: an authorization rule for
/// every route by role and sector).
public enum AccessPolicy {
    public static func allows(_ principal: Principal, _ permission: Permission) -> Bool {
        if principal.isAdmin { return true }
        switch permission {
        case .readPublic:
            return true
        case .administerPlatform:
            return false
        case .manageOwnAccount:
            return principal.isAuthenticated
        case .editComposition(let stl), .readContactData(let stl):
            // The guarantor administers its state's STL; the facilitator runs it.
            return principal.holds(.facilitador, in: stl) || principal.holds(.garante, in: stl)
        case .readAuditLog(let stl):
            return principal.holds(.facilitador, in: stl)
        case .editGovernance(let stl):
            // The facilitator drafts the charter the representatives agree (guide, step 9).
            return principal.holds(.facilitador, in: stl)
        }
    }
}

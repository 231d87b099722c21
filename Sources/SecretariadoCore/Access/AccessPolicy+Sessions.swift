import Foundation

extension AccessPolicy {
    /// Voting and signing minutes belong to seats, so they bind platform administrators too:
    /// an administrator holds no seat, and the services would refuse their vote or signature
    /// anyway (`VoteWrites`, `SignatureWrites`). Deciding it here keeps the route rule and
    /// the service in agreement (403 before any body is read). `nil` for every other permission.
    static func sessionRuling(_ principal: Principal, _ permission: Permission) -> Bool? {
        switch permission {
        case .vote(let stl):
            // Voice but no vote: a facilitator never votes, even one who also holds a seat.
            return principal.holds(.representante, in: stl) && !principal.holds(.facilitador, in: stl)
        case .signMinutes(let stl):
            return principal.holds(.representante, in: stl)
        default:
            return nil
        }
    }
}

import Foundation

extension AccessPolicy {
    /// The civil-society election's rules, which bind platform administrators too: the
    /// representatives of civil society are chosen by the organisations themselves, without
    /// government intervention (guide, «¿Cómo se integra…?»), so no one but a credential
    /// holder votes and no one at all sees the count before the close. `nil` for every
    /// other permission.
    static func installationRuling(_ principal: Principal, _ permission: Permission) -> Bool? {
        switch permission {
        case .castElectionBallot(let stl):
            // National coordination is staff of the national transparency system: a public body.
            return !principal.isAdmin && !principal.isCoordinator
                && !principal.allGrants.contains { grant in
                    isPublicSide(grant) || (grant.secretariatID == stl && grant.role == .facilitador)
                }
        case .readElectionPartialResults:
            return false
        default:
            return nil
        }
    }

    /// Government and guarantor-body people, in any STL: public bodies take no part in the
    /// civil-society election anywhere.
    private static func isPublicSide(_ grant: Grant) -> Bool {
        grant.role == .garante
            || (grant.role == .representante && (grant.sector == .gobierno || grant.sector == .organismoGarante))
    }
}

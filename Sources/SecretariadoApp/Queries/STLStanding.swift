import Fluent
import SecretariadoCore

/// What an STL's session pages read that changes only with a write to that STL: the charter
/// in force (parsed), its seats in display order with their holders, and who facilitates.
/// Loaded through `STLStandingCache` for reads; writes load it afresh inside their
/// transaction (`load`).
struct STLStanding: Sendable {
    let charter: GovernanceMechanism
    let forum: ForumSeats
    let facilitatorName: String?

    static func load(_ stl: Secretariat, on db: any Database) async throws -> STLStanding {
        let facilitator = try await FacilitatorTerm.query(on: db).filter(\.$secretariat.$id == stl.requireID())
            .filter(\.$endsOn == nil).with(\.$person).first()
        return STLStanding(
            charter: try await Charter.current(for: stl, on: db),
            forum: try await ForumSeats.load(stl, on: db),
            facilitatorName: facilitator?.person?.name)
    }
}

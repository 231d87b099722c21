import Fluent
import SecretariadoCore
import Vapor

/// Giving an account a seat: the account is bound to the seat position's current term, and
/// a term has at most one account (a unique index backs the check against races).
enum SeatGrants {
    /// The current term of the seat position, when no account speaks for it yet; `nil` when
    /// the position is vacant: the grant then waits and takes the next term appointed to it
    /// (`bindWaiting`), never one that was held before.
    static func openTerm(of seat: Seat, as role: HolderRole, in stl: Secretariat, on db: any Database) async throws -> UUID? {
        let position = "\(seat.sector) #\(seat.number) (\(role.rawValue))"
        let taken = AppError.conflict(
            field: "seatNumber",
            Localized(
                es:
                    "El asiento \(position) de \(stl.name) ya tiene una cuenta que lo representa: un asiento tiene una sola persona titular y una suplente. Retira antes esa cuenta o termina su periodo.",
                en:
                    "Seat \(position) of \(stl.name) already has an account speaking for it: a seat has one full member and one alternate. Remove that account or end its term first."
            ))
        let seatID = try seat.requireID()
        guard
            let term = try await SeatTerm.query(on: db).filter(\.$seat.$id == seatID)
                .filter(\.$role == role).filter(\.$endsOn == nil).first(), let termID = term.id
        else {
            if try await waiting(seatID, role, on: db).first() != nil { throw taken }
            return nil
        }
        if try await RoleGrant.query(on: db).filter(\.$termID == termID).first() != nil { throw taken }
        return termID
    }

    /// A term just appointed goes to the account waiting for its vacant position, if any.
    static func bindWaiting(_ term: SeatTerm, on db: any Database) async throws {
        guard let grant = try await waiting(term.$seat.id, term.role, on: db).sort(\.$createdAt).first() else { return }
        grant.termID = try term.requireID()
        try await grant.update(on: db)
    }

    private static func waiting(_ seatID: UUID, _ role: HolderRole, on db: any Database) -> QueryBuilder<RoleGrant> {
        RoleGrant.query(on: db).filter(\.$role == .representante).filter(\.$seat.$id == seatID)
            .filter(\.$holderRole == role).filter(\.$termID == nil)
    }
}

import Fluent
import SecretariadoCore
import Vapor

/// Giving an account a seat: the account is bound to the seat position's current term, and
/// a term has at most one account (a unique index backs the check against races).
enum SeatGrants {
    /// The current term of the seat position, when no account speaks for it yet.
    static func openTerm(of seat: Seat, as role: HolderRole, in stl: Secretariat, on db: any Database) async throws -> UUID {
        let position = "\(seat.sector) #\(seat.number) (\(role.rawValue))"
        guard let term = try await SeatTerm.query(on: db).filter(\.$seat.$id == seat.requireID())
            .filter(\.$role == role).filter(\.$endsOn == nil).first(), let termID = term.id
        else {
            throw AppError.invalid(field: "seatNumber", Localized(
                es: "El asiento \(position) de \(stl.name) no tiene un periodo vigente: nombra primero a quien lo ocupa.",
                en: "Seat \(position) of \(stl.name) has no current term: appoint its holder first."))
        }
        if try await RoleGrant.query(on: db).filter(\.$termID == termID).first() != nil {
            throw AppError.conflict(field: "seatNumber", Localized(
                es: "El asiento \(position) de \(stl.name) ya tiene una cuenta que lo representa: un asiento tiene una sola persona titular y una suplente. Retira antes esa cuenta o termina su periodo.",
                en: "Seat \(position) of \(stl.name) already has an account speaking for it: a seat has one full member and one alternate. Remove that account or end its term first."))
        }
        return termID
    }
}

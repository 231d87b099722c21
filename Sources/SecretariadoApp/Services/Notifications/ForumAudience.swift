import Fluent
import Foundation
import SecretariadoCore
import Vapor

/// The people of one STL who may be told of its events, read from seats, terms and grants;
/// which of them are told is `NoticeAudience` (Core).
enum ForumAudience {
    static func candidates(of stlID: UUID, on db: any Database) async throws -> [NoticeAudience.Candidate] {
        let seats = try await Seat.query(on: db).filter(\.$secretariat.$id == stlID).sort(\.$sector).sort(\.$number).all()
        let seatIDs = seats.compactMap(\.id)
        let terms =
            seatIDs.isEmpty
            ? []
            : try await SeatTerm.query(on: db).filter(\.$seat.$id ~~ seatIDs)
                .filter(\.$endsOn == nil).with(\.$person).all()
        let order = Dictionary(uniqueKeysWithValues: seatIDs.enumerated().map { ($1, $0) })
        let sortedTerms = terms.sorted { (order[$0.$seat.id] ?? 0, $0.role.rawValue) < (order[$1.$seat.id] ?? 0, $1.role.rawValue) }
        let grants = try await RoleGrant.query(on: db).filter(\.$secretariat.$id == stlID).with(\.$user).all()
        let personIDs = sortedTerms.compactMap { $0.$person.id }
        let personUsers = personIDs.isEmpty ? [] : try await User.query(on: db).filter(\.$person.$id ~~ personIDs).all()
        let userByPerson = Dictionary(personUsers.compactMap { user in user.$person.id.map { ($0, user) } }, uniquingKeysWith: { first, _ in first })
        let grantByTerm = Dictionary(grants.compactMap { grant in grant.termID.map { ($0, grant.user) } }, uniquingKeysWith: { first, _ in first })

        var out: [NoticeAudience.Candidate] = []
        for term in sortedTerms {
            let standing: NoticeAudience.Standing = term.role == .titular ? .titular : .suplente
            // The account that speaks for the position, else the person's own account, else
            // the contact address recorded for the person.
            if let user = term.id.flatMap({ grantByTerm[$0] }) ?? term.$person.id.flatMap({ userByPerson[$0] }) {
                out.append(.init(standing: standing, name: user.name, email: user.email, userID: user.id))
            } else if let person = term.person {
                out.append(.init(standing: standing, name: person.name, email: person.email))
            }
        }
        // The facilitator on record, by the address kept for them, when they have no account here.
        if let term = try await FacilitatorTerm.query(on: db).filter(\.$secretariat.$id == stlID).filter(\.$endsOn == nil)
            .with(\.$person).first(), let person = term.person
        {
            let account = try await User.query(on: db).filter(\.$person.$id == person.requireID()).first()
            if let user = account {
                out.append(.init(standing: .facilitator, name: user.name, email: user.email, userID: user.id))
            } else {
                out.append(.init(standing: .facilitator, name: person.name, email: person.email))
            }
        }
        for grant in grants where grant.role != .representante {
            out.append(
                .init(
                    standing: grant.role == .facilitador ? .facilitator : .guarantor,
                    name: grant.user.name, email: grant.user.email, userID: grant.user.id))
        }
        return out
    }
}

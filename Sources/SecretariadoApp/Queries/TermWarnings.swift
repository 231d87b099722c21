import Fluent
import Foundation
import SecretariadoCore

/// The «term ends soon» and «term ended without a successor» warnings of one STL: its
/// current titulares and suplentes, the charter's term length, and `TermEnds` in Core.
/// The management page shows them; any page that lists an STL's pending work may too.
enum TermWarnings {
    /// For an STL whose seats are already loaded (the management page has them).
    static func of(_ stl: Secretariat, seats: [SeatHolders], today: Date = Date(), on db: any Database) async throws -> [TermEndWarning] {
        let charter = try await Charter.current(for: stl, on: db)
        return TermEnds.warnings(for: currentTerms(seats), termMonths: charter.integration.termMonths, today: today)
    }

    /// For an STL by itself: loads its seats.
    static func of(_ stl: Secretariat, today: Date = Date(), on db: any Database) async throws -> [TermEndWarning] {
        try await of(stl, seats: ForumSeats.load(stl, on: db).seats, today: today, on: db)
    }

    static func currentTerms(_ seats: [SeatHolders]) -> [CurrentTerm] {
        seats.flatMap { holders -> [CurrentTerm] in
            let sector = Sector.displayName(of: holders.sector)
            let seat = Localized(es: "\(sector.es) #\(holders.seat.number)", en: "\(sector.en) #\(holders.seat.number)")
            return [holders.titular, holders.suplente].compactMap { $0 }.compactMap { term in
                guard let id = term.id else { return nil }
                return CurrentTerm(
                    id: id, holderName: HolderText.plain(term), seat: seat, role: term.role,
                    startsOn: term.startsOn, endsOn: term.endsOn)
            }
        }
    }
}

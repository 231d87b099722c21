import Fluent
import SecretariadoCore
import Vapor

/// One STL with everything its page and API show: sectors, seats with their current
/// holders and history, organisations and facilitator.
struct SecretariatDetail: Sendable {
    let secretariat: Secretariat
    let sectors: [Sector]
    let seats: [SeatHolders]
    let organizations: [Organization]
    let facilitator: FacilitatorTerm?
    let facilitatorHistory: [FacilitatorTerm]

    var id: UUID { secretariat.id! }
    var composition: Composition {
        SecretariatSummary.composition(seats: seats.map(\.seat), sectors: sectors)
    }
    /// Today's people in the seats: which titular seats are vacant, and since when.
    var integration: Integration {
        Integration(
            design: composition,
            seats: seats.map { holders in
                Integration.SeatState(
                    sector: holders.sector, number: holders.seat.number, hasTitular: holders.titular != nil,
                    lastTitularEnd: holders.history.filter { $0.role == .titular }.compactMap(\.endsOn).max())
            })
    }

    static func load(slug: String, on db: any Database) async throws -> SecretariatDetail {
        guard let stl = try await Secretariat.query(on: db).filter(\.$slug == slug).first(),
            let id = stl.id
        else { throw AppError.secretariatNotFound(slug) }
        async let sectors = SectorRecord.query(on: db).filter(\.$secretariat.$id == id)
            .sort(\.$position).all()
        async let seats = Seat.query(on: db).filter(\.$secretariat.$id == id)
            .with(\.$terms) { $0.with(\.$person).with(\.$organization) }
            .all()
        async let organizations = Organization.query(on: db).filter(\.$secretariat.$id == id)
            .sort(\.$name).all()
        async let facilitators = FacilitatorTerm.query(on: db).filter(\.$secretariat.$id == id)
            .with(\.$person).all()
        let sectorList = try await sectors.map(\.sector)
        let order = Dictionary(uniqueKeysWithValues: sectorList.enumerated().map { ($1.code, $0) })
        let seatList =
            try await seats
            .sorted {
                (order[SectorCode($0.sector)] ?? .max, $0.number) < (order[SectorCode($1.sector)] ?? .max, $1.number)
            }
            .map(SeatHolders.init)
        let history = try await facilitators.sorted(by: FacilitatorTerm.newestFirst)
        return SecretariatDetail(
            secretariat: stl, sectors: sectorList, seats: seatList,
            organizations: try await organizations,
            facilitator: history.first { $0.endsOn == nil } ?? history.first,
            facilitatorHistory: history)
    }

    func seats(in sector: SectorCode) -> [SeatHolders] {
        seats.filter { $0.sector == sector }
    }
}

/// A seat with its current titular and suplente and its past holders.
struct SeatHolders: Sendable {
    let seat: Seat
    let titular: SeatTerm?
    let suplente: SeatTerm?
    let history: [SeatTerm]

    var sector: SectorCode { SectorCode(seat.sector) }

    init(_ seat: Seat) {
        self.seat = seat
        let current = seat.terms.filter(\.isCurrent)
        titular = current.first { $0.role == .titular }
        suplente = current.first { $0.role == .suplente }
        history = seat.terms.filter { !$0.isCurrent }
            .sorted { ($0.endsOn ?? .distantPast) > ($1.endsOn ?? .distantPast) }
    }
}

extension FacilitatorTerm {
    /// Current term first, then by start date, newest first.
    static func newestFirst(_ a: FacilitatorTerm, _ b: FacilitatorTerm) -> Bool {
        if (a.endsOn == nil) != (b.endsOn == nil) { return a.endsOn == nil }
        return (a.startsOn ?? a.createdAt ?? .distantPast) > (b.startsOn ?? b.createdAt ?? .distantPast)
    }
}

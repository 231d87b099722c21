import Fluent
import SecretariadoCore
import Vapor

/// An STL as lists show it: composition by titular seats per sector and its balance.
struct SecretariatSummary: Sendable {
    let id: UUID
    let slug: String
    let name: String
    let level: SecretariatLevel
    let status: SecretariatStatus
    let rule: DecisionRule
    let ruleText: String
    let composition: Composition
    /// Titular seats without a current titular (only those: held seats add nothing).
    let vacancies: [Integration.SeatState]

    /// The seat design.
    var balance: BalanceCheck { BalanceCheck(composition) }
    /// Today's people in those seats.
    var integration: Integration { Integration(design: composition, seats: vacancies) }

    /// Every STL (or one page), alphabetically, with seat counts: a few light queries
    /// whatever the number of STLs (see `SecretariatDirectory`).
    static func all(on db: any Database, page: PageRequest? = nil) async throws -> (items: [SecretariatSummary], total: Int) {
        if let page {
            return try await SecretariatDirectory.page(offset: page.offset, limit: page.per, on: db)
        }
        let items = try await SecretariatDirectory.load(state: nil, on: db).summaries
        return (items, items.count)
    }

    init(
        id: UUID, slug: String, name: String, level: SecretariatLevel, status: SecretariatStatus, rule: DecisionRule, ruleText: String,
        composition: Composition, vacancies: [Integration.SeatState]
    ) {
        self.id = id
        self.slug = slug
        self.name = name
        self.level = level
        self.status = status
        self.rule = rule
        self.ruleText = ruleText
        self.composition = composition
        self.vacancies = vacancies
    }

    init(_ stl: Secretariat, composition: Composition, vacancies: [Integration.SeatState]) {
        id = stl.id!
        slug = stl.slug
        name = stl.name
        level = stl.level
        status = stl.status
        rule = stl.rule
        ruleText = stl.ruleText
        self.composition = composition
        self.vacancies = vacancies
    }

    /// Titular seats per sector; the three guide sectors are always present (0 when empty)
    /// so that a missing sector shows as a 0, not as an absence.
    static func composition(seats: [Seat], sectors: [Sector]) -> Composition {
        var counts = Dictionary(uniqueKeysWithValues: SectorCode.guideSectors.map { ($0, 0) })
        for sector in sectors { counts[sector.code, default: 0] += 0 }
        for seat in seats { counts[SectorCode(seat.sector), default: 0] += 1 }
        let observers = Set(sectors.filter { !$0.voting }.map(\.code))
        return Composition(seats: counts, nonVoting: observers)
    }
}

/// `?page=&per=` with bounds, so that no list response grows with the dataset.
struct PageRequest: Sendable {
    let page: Int
    let per: Int
    static let defaultPer = 100
    static let maxPer = 500
    /// Far beyond any list, and low enough that `offset` cannot overflow (fuzzing sent
    /// `page=2^62`, which crashed the server).
    static let maxPage = 1_000_000

    var offset: Int { (page - 1) * per }

    init(page: Int = 1, per: Int = PageRequest.defaultPer) {
        self.page = page
        self.per = per
    }

    init(from request: Request) throws {
        let page = request.query[Int.self, at: "page"] ?? 1
        let per = request.query[Int.self, at: "per"] ?? Self.defaultPer
        if request.query[String.self, at: "page"] != nil,
            request.query[Int.self, at: "page"] == nil || !(1...Self.maxPage).contains(page)
        {
            throw AppError.invalid(
                field: "page",
                Localized(
                    es: "«page» debe ser un entero entre 1 y \(Self.maxPage).",
                    en: "“page” must be an integer between 1 and \(Self.maxPage)."))
        }
        if request.query[String.self, at: "per"] != nil,
            request.query[Int.self, at: "per"] == nil || !(1...Self.maxPer).contains(per)
        {
            throw AppError.invalid(
                field: "per",
                Localized(
                    es: "«per» debe ser un entero entre 1 y \(Self.maxPer).",
                    en: "“per” must be an integer between 1 and \(Self.maxPer)."))
        }
        self.init(page: page, per: per)
    }
}

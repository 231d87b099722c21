import Fluent
import SecretariadoCore
import SQLKit
import Vapor

/// The national list behind `/` and `/comparativo`: every STL (optionally of one state)
/// with its composition, read with three light queries whatever the number of STLs —
/// seats are counted by the database (GROUP BY), not loaded — so that the pages can show
/// totals for the whole selection and one page of rows.
enum SecretariatDirectory {
    struct Selection: Sendable {
        let summaries: [SecretariatSummary]
        /// Every state that has an STL, for the filter, whatever the filter.
        let states: [String]
    }

    static func load(state: String?, on db: any Database) async throws -> Selection {
        var query = Secretariat.query(on: db).sort(\.$name).sort(\.$slug)
        if let state { query = query.filter(\.$state == state) }
        let secretariats = try await query.all()
        let states = try await Secretariat.query(on: db).unique().all(\.$state).sorted { $0.compare($1, locale: Locale(identifier: "es_MX")) == .orderedAscending }
        guard let sql = db as? any SQLDatabase, !secretariats.isEmpty else { return Selection(summaries: [], states: states) }
        var seatCounts = sql.select()
            .column(SQLColumn("secretariat_id", table: "seats"), as: "stl")
            .column(SQLColumn("sector", table: "seats"), as: "sector")
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from("seats")
        var sectorRows = sql.select()
            .column(SQLColumn("secretariat_id", table: "sectors"), as: "stl")
            .column(SQLColumn("code", table: "sectors"), as: "code")
            .from("sectors")
            .where(SQLColumn("voting", table: "sectors"), .equal, SQLBind(false))
        if let state {
            seatCounts = seatCounts.join("secretariats", on: SQLColumn("id", table: "secretariats"), .equal, SQLColumn("secretariat_id", table: "seats"))
                .where(SQLColumn("state", table: "secretariats"), .equal, SQLBind(state))
            sectorRows = sectorRows.join("secretariats", on: SQLColumn("id", table: "secretariats"), .equal, SQLColumn("secretariat_id", table: "sectors"))
                .where(SQLColumn("state", table: "secretariats"), .equal, SQLBind(state))
        }
        var counts: [UUID: [SectorCode: Int]] = [:]
        for row in try await seatCounts.groupBy(SQLColumn("secretariat_id", table: "seats")).groupBy(SQLColumn("sector", table: "seats")).all() {
            let stl = try row.decode(column: "stl", as: UUID.self)
            counts[stl, default: [:]][SectorCode(try row.decode(column: "sector", as: String.self))] = try row.decode(column: "n", as: Int.self)
        }
        var observers: [UUID: Set<SectorCode>] = [:]
        for row in try await sectorRows.all() {
            observers[try row.decode(column: "stl", as: UUID.self), default: []].insert(SectorCode(try row.decode(column: "code", as: String.self)))
        }
        let summaries = secretariats.map { stl in
            var seats = Dictionary(uniqueKeysWithValues: SectorCode.guideSectors.map { ($0, 0) })
            seats.merge(counts[stl.id!] ?? [:]) { _, counted in counted }
            for observer in observers[stl.id!] ?? [] where seats[observer] == nil { seats[observer] = 0 }
            return SecretariatSummary(stl, composition: Composition(seats: seats, nonVoting: observers[stl.id!] ?? []))
        }
        return Selection(summaries: summaries, states: states)
    }
}

/// `?pagina=` of a portal list: 100 rows a page, so that no page grows with the country.
struct PortalPage: Sendable {
    static let size = 100
    let number: Int
    let count: Int

    init(requested: Int?, total: Int) {
        count = max(1, (total + Self.size - 1) / Self.size)
        number = min(max(1, requested ?? 1), count)
    }

    func slice<T>(_ items: [T]) -> ArraySlice<T> {
        let start = min((number - 1) * Self.size, items.count)
        return items[start..<min(start + Self.size, items.count)]
    }
}

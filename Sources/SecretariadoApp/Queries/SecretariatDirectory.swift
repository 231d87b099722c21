import Fluent
import SQLKit
import SecretariadoCore
import Vapor

/// The national lists behind `/`, `/comparativo` and `GET /api/v1/secretariats`: STLs with
/// their composition and vacant seats, read with four light queries whatever their number. Rows are read
/// column by column (SQLKit) rather than as Fluent models, and seats are counted by the
/// database (GROUP BY) rather than loaded: with 2,500 STLs, building 2,500 models and
/// 25,000 seats per page took most of its time (docs/benchmarks.md).
enum SecretariatDirectory {
    struct Selection: Sendable {
        let summaries: [SecretariatSummary]
        /// Every state that has an STL, for the filter, whatever the filter.
        let states: [String]
    }

    /// Every STL, or those of one state, by name.
    static func load(state: String?, on db: any Database) async throws -> Selection {
        guard let sql = db as? any SQLDatabase else { return Selection(summaries: [], states: []) }
        var query = select(on: sql)
        if let state { query = query.where("state", .equal, SQLBind(state)) }
        let summaries = try await summaries(query.all(), state: state, on: sql)
        let states = try await sql.select().distinct().column("state").from(Secretariat.schema).all()
            .map { try $0.decode(column: "state", as: String.self) }
            .sorted { $0.compare($1, locale: Locale(identifier: "es_MX")) == .orderedAscending }
        return Selection(summaries: summaries, states: states)
    }

    /// One page by name, and how many there are.
    static func page(offset: Int, limit: Int, on db: any Database) async throws -> (items: [SecretariatSummary], total: Int) {
        guard let sql = db as? any SQLDatabase else { return ([], 0) }
        let total = try await Secretariat.query(on: db).count()
        let rows = try await select(on: sql).offset(offset).limit(limit).all()
        return (try await summaries(rows, state: nil, on: sql), total)
    }

    private static func select(on sql: any SQLDatabase) -> SQLSelectBuilder {
        sql.select()
            .columns("id", "slug", "name", "level", "state", "status", "rule", "rule_text")
            .from(Secretariat.schema)
            .orderBy("name").orderBy("slug")
    }

    private static func summaries(_ rows: [any SQLRow], state: String?, on sql: any SQLDatabase) async throws -> [SecretariatSummary] {
        guard !rows.isEmpty else { return [] }
        let ids = try rows.map { try $0.decode(column: "id", as: UUID.self) }
        // A whole state or the whole country: count by join rather than by a long IN list.
        let byID = rows.count > 500 || state != nil
        var seatCounts = sql.select()
            .column(SQLColumn("secretariat_id", table: "seats"), as: "stl")
            .column(SQLColumn("sector", table: "seats"), as: "sector")
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from("seats")
        // Sectors beyond the guide's three (observers, other countries' sectors): shown
        // even without seats, as `SecretariatSummary.composition` does.
        var observerRows = sql.select()
            .column(SQLColumn("secretariat_id", table: "sectors"), as: "stl")
            .column(SQLColumn("code", table: "sectors"), as: "code")
            .column(SQLColumn("voting", table: "sectors"), as: "voting")
            .from("sectors")
            .where(SQLColumn("code", table: "sectors"), .notIn, SQLBind.group(SectorCode.guideSectors.map(\.rawValue)))
        if !byID {
            seatCounts = seatCounts.where(SQLColumn("secretariat_id", table: "seats"), .in, SQLBind.group(ids))
            observerRows = observerRows.where(SQLColumn("secretariat_id", table: "sectors"), .in, SQLBind.group(ids))
        } else if let state {
            seatCounts = seatCounts.join(
                "secretariats", on: SQLColumn("id", table: "secretariats"), .equal, SQLColumn("secretariat_id", table: "seats")
            )
            .where(SQLColumn("state", table: "secretariats"), .equal, SQLBind(state))
            observerRows = observerRows.join(
                "secretariats", on: SQLColumn("id", table: "secretariats"), .equal, SQLColumn("secretariat_id", table: "sectors")
            )
            .where(SQLColumn("state", table: "secretariats"), .equal, SQLBind(state))
        }
        // Seats without a current titular term, with the end of their last titular term:
        // one grouped row per vacant seat, so that today's integration costs no models.
        var vacantRows = sql.select()
            .column(SQLColumn("secretariat_id", table: "seats"), as: "stl")
            .column(SQLColumn("sector", table: "seats"), as: "sector")
            .column(SQLColumn("number", table: "seats"), as: "number")
            .column(SQLFunction("MAX", args: SQLColumn("ends_on", table: "seat_terms")), as: "last_end")
            .from("seats")
            .join(
                SQLIdentifier("seat_terms"), method: SQLJoinMethod.left,
                on: SQLBinaryExpression(
                    left: SQLBinaryExpression(
                        left: SQLColumn("seat_id", table: "seat_terms"), op: SQLBinaryOperator.equal, right: SQLColumn("id", table: "seats")),
                    op: SQLBinaryOperator.and,
                    right: SQLBinaryExpression(
                        left: SQLColumn("role", table: "seat_terms"), op: SQLBinaryOperator.equal, right: SQLBind(HolderRole.titular.rawValue))))
        if !byID {
            vacantRows = vacantRows.where(SQLColumn("secretariat_id", table: "seats"), .in, SQLBind.group(ids))
        } else if let state {
            vacantRows = vacantRows.join(
                "secretariats", on: SQLColumn("id", table: "secretariats"), .equal, SQLColumn("secretariat_id", table: "seats")
            )
            .where(SQLColumn("state", table: "secretariats"), .equal, SQLBind(state))
        }
        var vacancies: [UUID: [Integration.SeatState]] = [:]
        for row
            in try await vacantRows
            .groupBy(SQLColumn("id", table: "seats")).groupBy(SQLColumn("secretariat_id", table: "seats"))
            .groupBy(SQLColumn("sector", table: "seats")).groupBy(SQLColumn("number", table: "seats"))
            .having(SQLFunction("COUNT", args: SQLColumn("current_slot", table: "seat_terms")), .equal, SQLLiteral.numeric("0"))
            .all()
        {
            vacancies[try row.decode(column: "stl", as: UUID.self), default: []].append(
                Integration.SeatState(
                    sector: SectorCode(try row.decode(column: "sector", as: String.self)),
                    number: try row.decode(column: "number", as: Int.self), hasTitular: false,
                    lastTitularEnd: try row.decode(column: "last_end", as: Date?.self)))
        }
        var counts: [UUID: [SectorCode: Int]] = [:]
        for row in try await seatCounts.groupBy(SQLColumn("secretariat_id", table: "seats")).groupBy(SQLColumn("sector", table: "seats")).all() {
            counts[try row.decode(column: "stl", as: UUID.self), default: [:]][SectorCode(try row.decode(column: "sector", as: String.self))] =
                try row.decode(column: "n", as: Int.self)
        }
        var others: [UUID: Set<SectorCode>] = [:]
        var observers: [UUID: Set<SectorCode>] = [:]
        for row in try await observerRows.all() {
            let stl = try row.decode(column: "stl", as: UUID.self)
            let code = SectorCode(try row.decode(column: "code", as: String.self))
            others[stl, default: []].insert(code)
            if try !row.decode(column: "voting", as: Bool.self) { observers[stl, default: []].insert(code) }
        }
        // Few distinct rules: decode each JSON text once.
        var rules: [String: DecisionRule] = [:]
        return try zip(rows, ids).map { row, id in
            let ruleJSON = try row.decode(column: "rule", as: String.self)
            let rule = try rules[ruleJSON] ?? JSONDecoder().decode(DecisionRule.self, from: Data(ruleJSON.utf8))
            rules[ruleJSON] = rule
            var seats = Dictionary(uniqueKeysWithValues: SectorCode.guideSectors.map { ($0, 0) })
            seats.merge(counts[id] ?? [:]) { _, counted in counted }
            for other in others[id] ?? [] where seats[other] == nil { seats[other] = 0 }
            return SecretariatSummary(
                id: id, slug: try row.decode(column: "slug", as: String.self), name: try row.decode(column: "name", as: String.self),
                level: try row.decode(column: "level", as: SecretariatLevel.self),
                status: try row.decode(column: "status", as: SecretariatStatus.self),
                rule: rule, ruleText: try row.decode(column: "rule_text", as: String.self),
                composition: Composition(seats: seats, nonVoting: observers[id] ?? []),
                vacancies: vacancies[id] ?? [])
        }
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

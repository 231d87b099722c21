import Fluent
import SecretariadoCore
import Vapor

/// Loads the guide's 16 STLs (Tablas 2–5) into the database. Idempotent: an STL whose
/// slug already exists is left as it is, so `secretariado demo load` can be re-run.
struct DemoLoader {
    let db: any Database

    /// Loads every demo STL in one transaction; returns how many were created.
    @discardableResult
    func load(_ forums: [DemoForum] = DemoCatalog.forums) async throws -> Int {
        try await db.writeTransaction { db in
            var created = 0
            for forum in forums where try await Secretariat.query(on: db).filter(\.$slug == forum.slug).count() == 0 {
                try await Self.load(forum, on: db)
                created += 1
            }
            return created
        }
    }

    private static func load(_ forum: DemoForum, on db: any Database) async throws {
        let stl = Secretariat(
            slug: forum.slug, name: forum.name, level: .estatal, state: forum.name,
            status: .instalado, rule: forum.rule, ruleText: forum.ruleText)
        try await stl.create(on: db)
        let stlID = try stl.requireID()
        for (position, sector) in Sector.guideSectors.enumerated() {
            try await SectorRecord(secretariatID: stlID, sector: sector, position: position).create(on: db)
        }
        var seats: [String: UUID] = [:]
        for sector in forum.seats.keys.sorted() {
            for number in stride(from: 1, through: forum.seats[sector] ?? 0, by: 1) {
                let seat = Seat(secretariatID: stlID, sector: sector.rawValue, number: number)
                try await seat.create(on: db)
                seats["\(sector.rawValue)#\(number)"] = try seat.requireID()
            }
        }
        var organizations: [String: UUID] = [:]
        for holder in forum.holders {
            guard let seatID = seats["\(holder.sector.rawValue)#\(holder.seat)"] else {
                throw Abort(.internalServerError, reason: "Demo holder without seat: \(forum.slug) \(holder.sector) #\(holder.seat)")
            }
            let organizationID = try await organizationID(
                named: holder.organization, kind: holder.organizationKind, in: stlID,
                cache: &organizations, on: db)
            let term = SeatTerm(
                seatID: seatID, role: holder.role, organizationID: organizationID,
                office: holder.office, endsOn: Self.end(of: holder), note: holder.note)
            try await term.create(on: db)
        }
        try await loadFacilitator(forum.facilitator, in: stlID, on: db)
        try await GovernanceVersion(
            secretariatID: stlID, version: 1,
            document: .template(rule: forum.rule, ruleText: forum.ruleText),
            note:
                "Versión inicial: la regla de decisión es la de la Tabla 2 de la guía; el resto del texto es la plantilla de la plataforma, no un documento aprobado por el STL.",
            author: "sistema", origin: .acta
        ).create(on: db)
        try await AuditLog.record(
            on: db, actor: .system, secretariatID: stlID, action: .create, entity: .secretariat,
            entityID: stlID.uuidString, summary: "Carga de datos de demostración: \(forum.name)",
            change: .after(forum.slug))
    }

    private static func organizationID(
        named name: String, kind: OrganizationKind, in stlID: UUID, cache: inout [String: UUID],
        on db: any Database
    ) async throws -> UUID {
        if let id = cache[name] { return id }
        let organization = Organization(secretariatID: stlID, name: name, kind: kind)
        try await organization.create(on: db)
        let id = try organization.requireID()
        cache[name] = id
        return id
    }

    private static func loadFacilitator(_ facilitator: DemoFacilitator, in stlID: UUID, on db: any Database) async throws {
        var personID: UUID?
        if let name = facilitator.name {
            let person = Person(name: name)
            try await person.create(on: db)
            personID = try person.requireID()
        }
        try await FacilitatorTerm(
            secretariatID: stlID, personID: personID, origin: facilitator.origin,
            originKind: facilitator.originKind, endsOn: facilitator.endedYear.map(Self.endOfYear), note: facilitator.note
        ).create(on: db)
    }

    /// When a past term ended: the year's end when the guide gives one, else the day before
    /// the tables' date; nil for a current term.
    static func end(of holder: DemoHolder) -> Date? {
        if let year = holder.endedYear { return endOfYear(year) }
        guard holder.endedBeforeTables else { return nil }
        let date = DemoCatalog.tablesDate
        return MexicoCityTime.date(at: CivilDateTime(year: date.year, month: date.month, day: date.day)!).addingTimeInterval(-86_400)
    }

    /// The guide gives years only ("durante 2015 y 2016"): a term ends on 31 December.
    static func endOfYear(_ year: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "America/Mexico_City")!
        return calendar.date(from: DateComponents(year: year, month: 12, day: 31))!
    }
}

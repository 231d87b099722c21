import Foundation

/// One STL of the guide's tables (Tablas 2–5), as the demo dataset loads it.
public struct DemoForum: Hashable, Sendable {
    public var slug: String
    /// The entidad federativa, with accents: "San Luis Potosí".
    public var name: String
    /// Titular seats per sector (Tabla 2).
    public var seats: [SectorCode: Int]
    public var rule: DecisionRule
    /// The decision rule as Tabla 2 words it.
    public var ruleText: String
    /// Holders of seats (Tablas 3 and 4, plus the state's guarantor body).
    public var holders: [DemoHolder]
    /// Tabla 5; `nil` name means the post is vacant.
    public var facilitator: DemoFacilitator

    public init(
        slug: String, name: String, seats: [SectorCode: Int], rule: DecisionRule,
        ruleText: String, holders: [DemoHolder], facilitator: DemoFacilitator
    ) {
        self.slug = slug
        self.name = name
        self.seats = seats
        self.rule = rule
        self.ruleText = ruleText
        self.holders = holders
        self.facilitator = facilitator
    }

    public var composition: Composition { Composition(seats: seats) }
}

/// Who holds (or held) a seat according to the guide.
public struct DemoHolder: Hashable, Sendable {
    public var sector: SectorCode
    /// 1-based seat number within the sector; titular and suplente of a seat share it.
    public var seat: Int
    public var role: HolderRole
    /// The organisation or body represented ("COPARMEX Morelos", "Congreso del Estado…").
    public var organization: String
    public var organizationKind: OrganizationKind
    /// The office that represents it, when the guide names an office rather than a body
    /// ("Secretario de Hacienda del Estado de Morelos").
    public var office: String?
    /// The guide's footnote on this holder, in Spanish ("Representante gubernamental durante 2015 y 2016.").
    public var note: String?
    /// When the guide says the term ended (e.g. 2016), the year it ended.
    public var endedYear: Int?
    /// The guide shows the term as past without saying when it ended: before the tables'
    /// date (`DemoCatalog.tablesDate`).
    public var endedBeforeTables: Bool

    public var isCurrent: Bool { endedYear == nil && !endedBeforeTables }

    public init(
        sector: SectorCode, seat: Int, role: HolderRole, organization: String,
        organizationKind: OrganizationKind, office: String? = nil, note: String? = nil,
        endedYear: Int? = nil, endedBeforeTables: Bool = false
    ) {
        self.endedBeforeTables = endedBeforeTables
        self.sector = sector
        self.seat = seat
        self.role = role
        self.organization = organization
        self.organizationKind = organizationKind
        self.office = office
        self.note = note
        self.endedYear = endedYear
    }
}

/// Tabla 5: the facilitator and their origin; `name == nil` is a vacancy.
public struct DemoFacilitator: Hashable, Sendable {
    public var name: String?
    /// "Academia – UABC", "Consultor", "Organismo Garante – Dirección General de Difusión ISTAI".
    public var origin: String?
    public var originKind: OrganizationKind?
    public var note: String?
    /// When the guide says the facilitator served until a year (Baja California: 2016).
    public var endedYear: Int?

    public init(name: String?, origin: String?, originKind: OrganizationKind?, note: String? = nil, endedYear: Int? = nil) {
        self.endedYear = endedYear
        self.name = name
        self.origin = origin
        self.originKind = originKind
        self.note = note
    }

    public static func vacant(note: String? = nil) -> DemoFacilitator {
        DemoFacilitator(name: nil, origin: nil, originKind: nil, note: note)
    }

    public var isVacant: Bool { name == nil }
}

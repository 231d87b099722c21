import Foundation

/// The roles a user can hold inside one STL.
public enum StlRole: String, Codable, Sendable, CaseIterable {
    /// Neutral technical secretary: voice, no vote; runs the STL's day-to-day work.
    case facilitador
    /// Titular or suplente of a sector's seat.
    case representante
    /// Staff of the state's transparency guarantor body, which promotes and administers the STL.
    case garante

    public var label: Localized {
        switch self {
        case .facilitador: Localized(es: "Facilitador(a)", en: "Facilitator")
        case .representante: Localized(es: "Representante", en: "Representative")
        case .garante: Localized(es: "Personal del organismo garante", en: "Guarantor body staff")
        }
    }
}

/// One role of a user in one STL.
public struct Grant: Hashable, Sendable {
    public var secretariatID: UUID
    public var role: StlRole
    public var sector: SectorCode?
    public var holderRole: HolderRole?

    public init(secretariatID: UUID, role: StlRole, sector: SectorCode? = nil, holderRole: HolderRole? = nil) {
        self.secretariatID = secretariatID
        self.role = role
        self.sector = sector
        self.holderRole = holderRole
    }
}

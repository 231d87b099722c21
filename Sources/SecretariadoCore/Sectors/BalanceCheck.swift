import Foundation

/// The guide's first minimum requirement: at least
/// one titular of gobierno, sociedad civil and organismo garante, and as many gobierno
/// seats as sociedad civil seats.
public struct BalanceCheck: Hashable, Sendable {
    public enum Problem: Hashable, Sendable {
        case missingSector(SectorCode)
        case unequal(gobierno: Int, sociedadCivil: Int)
    }

    public let problems: [Problem]

    public init(_ composition: Composition) {
        var problems: [Problem] = SectorCode.guideSectors
            .filter { composition.count($0) < 1 }
            .map { .missingSector($0) }
        let gob = composition.count(.gobierno)
        let osc = composition.count(.sociedadCivil)
        if gob != osc { problems.append(.unequal(gobierno: gob, sociedadCivil: osc)) }
        self.problems = problems
    }

    public var isBalanced: Bool { problems.isEmpty }

    /// One sentence a reader can act on, e.g. "Gobierno tiene 5 titulares y sociedad civil 1…".
    public var explanation: Localized {
        guard !problems.isEmpty else {
            return Localized(
                es: "Representación equilibrada: hay titulares de los tres sectores y el mismo número de gobierno que de sociedad civil.",
                en: "Balanced representation: all three sectors have full members and government has as many as civil society.")
        }
        let parts = problems.map(\.explanation)
        return Localized(
            es: parts.map(\.es).joined(separator: " "),
            en: parts.map(\.en).joined(separator: " "))
    }
}

extension BalanceCheck.Problem {
    public var explanation: Localized {
        switch self {
        case .missingSector(let code):
            let name = Sector.displayName(of: code)
            return Localized(
                es: "Falta al menos un titular de \(name.es.lowercased()).",
                en: "At least one full member of \(name.en.lowercased()) is missing.")
        case .unequal(let gob, let osc):
            return Localized(
                es: "Gobierno tiene \(gob) \(gob == 1 ? "titular" : "titulares") y sociedad civil \(osc): deberían tener el mismo número.",
                en: "Government has \(gob) full \(gob == 1 ? "member" : "members") and civil society \(osc): they should be equal.")
        }
    }
}

import Foundation

/// How the organisations vote for their representatives (guide: "votación abierta entre
/// las mismas organizaciones"). Either way the ranking gives titulares then suplentes.
public enum ElectionMethod: String, CaseIterable, Codable, Sendable {
    /// Each organisation marks up to as many candidates as there are titular seats.
    case pluralidad
    /// Each organisation marks every candidate it approves of.
    case aprobacion

    public var label: Localized {
        switch self {
        case .pluralidad: Localized(es: "Pluralidad (hasta N candidaturas)", en: "Plurality (up to N candidates)")
        case .aprobacion: Localized(es: "Aprobación (todas las que se aprueben)", en: "Approval (every approved candidate)")
        }
    }

    /// How many candidates one ballot may mark, given the titular seats to fill.
    public func maxChoices(seats: Int, candidates: Int) -> Int {
        switch self {
        case .pluralidad: min(seats, candidates)
        case .aprobacion: candidates
        }
    }

    /// Why these choices are not a valid ballot, or `nil` when they are. An empty ballot
    /// is valid: a blank vote, counted as cast.
    public func problem(with choices: [UUID], candidates: Set<UUID>, seats: Int) -> Localized? {
        if Set(choices).count != choices.count {
            return Localized(
                es: "Una candidatura está marcada más de una vez.", en: "A candidate is marked more than once.")
        }
        if !Set(choices).isSubset(of: candidates) {
            return Localized(
                es: "La boleta marca una candidatura que no existe en esta elección.",
                en: "The ballot marks a candidate who is not in this election.")
        }
        let limit = maxChoices(seats: seats, candidates: candidates.count)
        if choices.count > limit {
            return Localized(
                es: "Con el método de pluralidad se pueden marcar como máximo \(limit) candidaturas.",
                en: "With the plurality method at most \(limit) candidates may be marked.")
        }
        return nil
    }
}

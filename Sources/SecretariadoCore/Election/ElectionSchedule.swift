import Foundation

/// The phases of the civil-society election: the organisations nominate until voting
/// opens, vote until it closes, and the count is published at the close.
public enum ElectionPhase: String, CaseIterable, Codable, Sendable {
    case postulacion
    case votacion
    /// The closing time has passed; waiting for the close that publishes the count.
    case porCerrar = "por_cerrar"
    case cerrada

    public var label: Localized {
        switch self {
        case .postulacion: Localized(es: "Postulación de candidaturas", en: "Nominations")
        case .votacion: Localized(es: "Votación abierta", en: "Voting open")
        case .porCerrar: Localized(es: "Votación terminada, pendiente de cierre", en: "Voting ended, awaiting the close")
        case .cerrada: Localized(es: "Cerrada: resultados publicados", en: "Closed: results published")
        }
    }
}

/// When an election accepts nominations and ballots, and when it may be closed.
public struct ElectionSchedule: Hashable, Sendable {
    public let opensAt: Date
    public let closesAt: Date
    public let closedAt: Date?

    public init(opensAt: Date, closesAt: Date, closedAt: Date?) {
        self.opensAt = opensAt
        self.closesAt = closesAt
        self.closedAt = closedAt
    }

    public func phase(at now: Date) -> ElectionPhase {
        if closedAt != nil { return .cerrada }
        if now < opensAt { return .postulacion }
        if now < closesAt { return .votacion }
        return .porCerrar
    }

    /// Closing early would take the vote from organisations that have not cast it, so an
    /// election closes only after its closing time, when every organisation has voted, or
    /// when there is nothing to vote on (candidates do not exceed the seats).
    public func mayClose(at now: Date, everyoneVoted: Bool, byAcclamation: Bool) -> Bool {
        switch phase(at: now) {
        case .porCerrar: true
        case .votacion: everyoneVoted || byAcclamation
        case .postulacion, .cerrada: false
        }
    }
}

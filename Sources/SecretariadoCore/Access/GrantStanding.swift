import Foundation

/// Whether a grant gives its holder any rights today. A representative speaks for a seat
/// only through the term of the seat position it was granted for: once that term ends, every
/// right of the seat ends with it (proposing, voting, signing), and an account granted for a
/// vacant seat holds no rights until someone is appointed to it. Other roles do not depend on
/// a seat term.
public enum GrantStanding: String, Sendable, Equatable {
    case inForce
    /// The seat term the grant was bound to has ended.
    case termEnded
    /// The grant is bound to no term yet: the seat position waits for an appointment.
    case awaitingTerm

    /// - Parameters:
    ///   - boundTermExists: the grant names a term that exists.
    ///   - boundTermEnded: that term has an end date.
    public static func of(role: StlRole, boundTermExists: Bool, boundTermEnded: Bool) -> GrantStanding {
        guard role == .representante else { return .inForce }
        guard boundTermExists else { return .awaitingTerm }
        return boundTermEnded ? .termEnded : .inForce
    }

    public var confersRights: Bool { self == .inForce }

    /// Why a right the seat gave is refused now.
    public static let refusal = Localized(
        es: "Tu periodo en este asiento terminó (o el asiento espera su nombramiento): ya no tienes los derechos del asiento.",
        en: "Your term in this seat has ended (or the seat awaits its appointment): you no longer hold the seat's rights.")

    /// What an account page says next to a grant that gives no rights.
    public var note: Localized? {
        switch self {
        case .inForce: nil
        case .termEnded: Localized(es: "periodo terminado: sin derechos en el asiento", en: "term ended: no rights in the seat")
        case .awaitingTerm: Localized(es: "en espera del nombramiento para el asiento", en: "waiting for the seat's appointment")
        }
    }
}

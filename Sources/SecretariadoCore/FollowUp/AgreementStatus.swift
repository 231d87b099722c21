import Foundation

/// Where an acuerdo stands (facilitator function 5: "llevar una relación y el seguimiento
/// de los acuerdos"). `vencido` is never stored: it is what an open agreement past its due
/// date shows, so it cannot go stale.
public enum AgreementStatus: String, Codable, Sendable, CaseIterable {
    case pendiente
    case enProceso = "en_proceso"
    case cumplido
    case vencido
    case cancelado

    /// The statuses a person can set; `vencido` follows from the date.
    public static let settable: [AgreementStatus] = [.pendiente, .enProceso, .cumplido, .cancelado]

    public var isClosed: Bool { self == .cumplido || self == .cancelado }

    public var label: Localized {
        switch self {
        case .pendiente: Localized(es: "Pendiente", en: "Pending")
        case .enProceso: Localized(es: "En proceso", en: "In progress")
        case .cumplido: Localized(es: "Cumplido", en: "Done")
        case .vencido: Localized(es: "Vencido", en: "Overdue")
        case .cancelado: Localized(es: "Cancelado", en: "Cancelled")
        }
    }

    /// The status to show on `today`: an open agreement whose due date has passed is overdue.
    public static func effective(stored: AgreementStatus, dueOn: Date?, today: Date) -> AgreementStatus {
        guard !stored.isClosed, let dueOn, dueOn < today else { return stored == .vencido ? .pendiente : stored }
        return .vencido
    }
}

import Foundation

/// Whether a session still admits changes, from its status alone. A concluded session
/// (finalised minutes) and a cancelled one are frozen; a session that is only requested
/// admits nothing that needs it convened.
public enum SessionWritability {
    public enum Refusal: String, Sendable, Equatable {
        case concluded
        case cancelled
        case onlyRequested

        public var message: Localized {
            switch self {
            case .concluded:
                Localized(
                    es: "La minuta de esta sesión está finalizada: la sesión ya no admite cambios.",
                    en: "This session's minutes are final: the session cannot be changed any more.")
            case .cancelled:
                Localized(
                    es: "Esta sesión fue cancelada: ya no admite cambios.",
                    en: "This session was cancelled: it cannot be changed any more.")
            case .onlyRequested:
                Localized(
                    es: "Esta sesión sólo está solicitada: convócala primero.",
                    en: "This session is only requested: convene it first.")
            }
        }
    }

    /// `nil` when the session may change; otherwise why not.
    public static func refusal(_ status: SessionStatus, convened: Bool = true) -> Refusal? {
        switch status {
        case .concluida: .concluded
        case .cancelada: .cancelled
        case .solicitada where convened: .onlyRequested
        default: nil
        }
    }
}

import Foundation

/// How a titular or suplente came to hold a seat. Civil society chooses its own
/// representatives (open vote among the organisations, or self-selection); government takes
/// no part. So a civil-society seat filled by anything but the election is a *direct
/// appointment*, marked as such in public with its reason and its reference, and the person
/// making it must confirm it first.
public struct Appointment: Codable, Hashable, Sendable {
    /// What the appointment rests on.
    public enum Reference: String, Codable, Hashable, Sendable, CaseIterable {
        /// The civil-society election (automatic when closing it seats the winners).
        case eleccion
        /// The acta de instalación.
        case acta
        /// Neither: appointed directly.
        case designacionDirecta = "designacion_directa"

        public var label: Localized {
            switch self {
            case .eleccion: Localized(es: "la elección de sociedad civil", en: "the civil-society election")
            case .acta: Localized(es: "el acta de instalación", en: "the installation act")
            case .designacionDirecta: Localized(es: "designación directa", en: "direct appointment")
            }
        }
    }

    /// True when the seat was not filled by closing an election.
    public var direct: Bool
    public var reference: Reference
    public var reason: String?

    public init(direct: Bool, reference: Reference, reason: String?) {
        self.direct = direct
        self.reference = reference
        self.reason = reason
    }

    /// Seated by closing the election.
    public static let byElection = Appointment(direct: false, reference: .eleccion, reason: nil)

    /// One line for the public, beside the person.
    public var publicLabel: Localized {
        guard direct else {
            return Localized(
                es: "Elegido por las organizaciones (elección de sociedad civil)", en: "Chosen by the organisations (civil-society election)")
        }
        let why = reason.map { ": \($0)" } ?? ""
        return Localized(
            es: "Designación directa, con referencia a \(reference.label.es)\(why)",
            en: "Direct appointment, with reference to \(reference.label.en)\(why)")
    }

    /// The warning shown before a direct appointment to a civil-society seat.
    public static let warning = Localized(
        es:
            "La sociedad civil elige a sus propios representantes: por votación abierta entre las organizaciones o por autoselección, sin intervención del gobierno. Una designación fuera de la elección queda marcada públicamente como «designación directa», con su motivo y su referencia.",
        en:
            "Civil society chooses its own representatives: by an open vote among the organisations or by self-selection, without government taking part. An appointment outside the election is publicly marked as a “direct appointment”, with its reason and reference."
    )

    /// A problem with the input of an appointment made by hand (not by closing the
    /// election), named by its field; `nil` when it stands. Only civil-society seats are
    /// concerned; the others return `nil` and no `Appointment` is recorded.
    public enum Problem: Error, Hashable, Sendable {
        case reasonMissing
        case referenceMissing
        case notConfirmed

        public var field: String {
            switch self {
            case .reasonMissing: "appointmentReason"
            case .referenceMissing: "appointmentReference"
            case .notConfirmed: "confirmDirectAppointment"
            }
        }

        public var message: Localized {
            switch self {
            case .reasonMissing:
                Localized(
                    es: "Una designación directa en un asiento de sociedad civil requiere el motivo.",
                    en: "A direct appointment to a civil-society seat requires the reason.")
            case .referenceMissing:
                Localized(
                    es: "Indica la referencia de la designación: la elección, el acta o «designación directa».",
                    en: "Give the appointment's reference: the election, the act or “direct appointment”.")
            case .notConfirmed: Localized(es: "Confirma la designación directa. " + warning.es, en: "Confirm the direct appointment. " + warning.en)
            }
        }
    }

    /// The rule for an appointment by hand: a civil-society seat needs a reference and a
    /// reason and the confirmation that the appointer read the warning.
    public static func manual(
        sector: SectorCode, reference: Reference?, reason: String?, confirmed: Bool
    ) -> Result<Appointment?, Problem> {
        guard sector == .sociedadCivil else { return .success(nil) }
        guard let reference else { return .failure(.referenceMissing) }
        let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !reason.isEmpty else { return .failure(.reasonMissing) }
        guard confirmed else { return .failure(.notConfirmed) }
        return .success(Appointment(direct: true, reference: reference, reason: reason))
    }
}

import Foundation

/// A role over every STL at once, held by staff of the national transparency system. It
/// reads (oversight); it never writes: no write permission ever names it.
public enum NationalRole: String, Codable, Sendable, CaseIterable {
    /// National coordination: reads every STL's management pages and audit logs, and the
    /// platform's audit log; contact data stays with each STL's editors.
    case coordinador

    public var label: Localized {
        switch self {
        case .coordinador: Localized(es: "Coordinación nacional", en: "National coordination")
        }
    }
}

import Foundation

/// The languages of the interface. Spanish is the default; English is available.
public enum Language: String, CaseIterable, Codable, Sendable {
    case es
    case en

    public static let `default`: Language = .es

    /// The BCP 47 tag used for `lang` attributes and number/date formatting.
    public var localeIdentifier: String {
        switch self {
        case .es: "es-MX"
        case .en: "en-US"
        }
    }
}

/// A text in every interface language. Catalogs of these keep views type-safe:
/// a missing translation is a compile error, not a blank on the page.
public struct Localized: Hashable, Codable, Sendable {
    public var es: String
    public var en: String

    public init(es: String, en: String) {
        self.es = es
        self.en = en
    }

    /// The same text in both languages (proper names, codes).
    public init(_ both: String) {
        self.es = both
        self.en = both
    }

    public subscript(language: Language) -> String {
        switch language {
        case .es: es
        case .en: en
        }
    }
}

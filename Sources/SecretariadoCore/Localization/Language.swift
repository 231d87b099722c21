import Foundation

/// The languages of the interface. Spanish is the default; English is available.
public enum Language: String, CaseIterable, Codable, Sendable {
    case es
    case en

    public static let `default`: Language = .es

    /// The BCP 47 tag used for `lang` attributes. English is plain `en`: its texts use one
    /// (British) spelling throughout, while dates follow `MexicanFormat`'s own conventions.
    public var localeIdentifier: String {
        switch self {
        case .es: "es-MX"
        case .en: "en"
        }
    }

    /// The language an `Accept-Language` header prefers among ours, by its q-values; `nil`
    /// when it names neither (then the default applies). `es-MX;q=0.8, en;q=0.9` → English.
    public static func preferred(acceptLanguage header: String?) -> Language? {
        guard let header, !header.isEmpty else { return nil }
        var best: (Language, Double, Int)?
        for (index, part) in header.split(separator: ",").enumerated() {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased(), !tag.isEmpty else { continue }
            let primary = String(tag.split(separator: "-").first ?? "")
            guard let language = Language(rawValue: primary) else { continue }
            var quality = 1.0
            for parameter in pieces.dropFirst() where parameter.lowercased().hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)) ?? 0
            }
            guard quality > 0 else { continue }
            if best == nil || quality > best!.1 { best = (language, quality, index) }
        }
        return best?.0
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

import Foundation

/// A sector of one forum: its code, its names, and whether its seats vote.
///
/// Observers (Peru's Defensoría del Pueblo, Tabla 1) sit in the forum but never vote.
public struct Sector: Hashable, Codable, Sendable {
    public var code: SectorCode
    public var name: Localized
    public var voting: Bool

    public init(code: SectorCode, name: Localized, voting: Bool = true) {
        self.code = code
        self.name = name
        self.voting = voting
    }

    public static let gobierno = Sector(
        code: .gobierno, name: Localized(es: "Gobierno", en: "Government"))
    public static let sociedadCivil = Sector(
        code: .sociedadCivil, name: Localized(es: "Sociedad civil", en: "Civil society"))
    public static let organismoGarante = Sector(
        code: .organismoGarante,
        name: Localized(es: "Organismo garante", en: "Guarantor body"))

    public static let guideSectors: [Sector] = [.gobierno, .sociedadCivil, .organismoGarante]

    /// Names with the accents and translations a code cannot carry.
    static let writtenNames: [String: Localized] = [
        "camaras": Localized(es: "Cámaras", en: "Chambers of commerce"),
        "observadores": Localized(es: "Observadores", en: "Observers"),
        "academia": Localized(es: "Academia", en: "Academia"),
    ]

    /// The display name of any sector code: the guide's three by name, others from the code.
    public static func displayName(of code: SectorCode) -> Localized {
        if let known = guideSectors.first(where: { $0.code == code }) { return known.name }
        // Codes are ASCII; the sectors of Tabla 1 get their written names back.
        if let written = writtenNames[code.rawValue] { return written }
        let words = code.rawValue.split(separator: "_").joined(separator: " ")
        let title = words.prefix(1).uppercased() + words.dropFirst()
        return Localized(es: title, en: title)
    }
}

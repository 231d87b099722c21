import Foundation

/// Small pieces of Spanish and English shared by the engine's and the analysis' sentences,
/// so that "1 voto" / "2 votos" and "a, b y c" read right everywhere.
enum Wording {
    /// "1 voto", "3 votos".
    static func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        "\(n) \(n == 1 ? singular : plural)"
    }

    /// The sector's name as it reads inside a sentence: "sociedad civil", "camaras".
    static func sector(_ code: SectorCode) -> Localized {
        let name = Sector.displayName(of: code)
        return Localized(es: name.es.lowercased(), en: name.en.lowercased())
    }

    /// The sector's name at the start of a sentence: "Sociedad civil".
    static func sectorCapitalized(_ code: SectorCode) -> Localized {
        Sector.displayName(of: code)
    }

    /// "gobierno, sociedad civil y organismo garante" / "… and …".
    static func list(_ items: [Localized]) -> Localized {
        Localized(es: join(items.map(\.es), "y"), en: join(items.map(\.en), "and"))
    }

    static func sectors(_ codes: [SectorCode]) -> Localized {
        list(codes.map(sector))
    }

    private static func join(_ items: [String], _ conjunction: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
    }

    /// "la mitad", "dos tercios", or "3/4" for any other fraction.
    static func fraction(_ f: Fraction) -> Localized {
        switch (f.numerator, f.denominator) {
        case (1, 2): Localized(es: "la mitad", en: "half")
        case (2, 3): Localized(es: "dos tercios", en: "two thirds")
        default: Localized("\(f.numerator)/\(f.denominator)")
        }
    }
}

extension Fraction {
    /// The smallest count that exceeds this fraction of `total`.
    func smallestCountExceeding(_ total: Int) -> Int {
        guard denominator > 0 else { return Int.max }
        return numerator * total / denominator + 1
    }
}

import Foundation

extension DecisionRule {
    /// The rule in one sentence for people, in the style of Tabla 2
    /// ("Por consenso y en caso de disenso se aplicará regla de mayoría…").
    public var summary: Localized {
        var es: String
        var en: String
        switch kind {
        case .consensus:
            es = "Por consenso"
            en = "By consensus"
            if referToMesaTematica {
                es += "; sin consenso, el asunto se turna a una mesa temática"
                en += "; without consensus, the matter goes to a thematic working table"
            }
        case .majority:
            es = "Por \(majorityName.es)"
            en = "By \(majorityName.en)"
        case .consensusThenMajority:
            es = "Por consenso y en caso de disenso se aplicará regla de \(majorityName.es)"
            en = "By consensus; on dissent, \(majorityName.en) applies"
        }
        if hasMajorityStep {
            if requireEverySector {
                es += ", con al menos un voto a favor de cada sector"
                en += ", with at least one vote in favour from every sector"
            } else if !requireSectors.isEmpty {
                let names = requireSectors.map { Sector.displayName(of: $0) }
                es += ", con al menos un voto a favor de " + names.map { $0.es.lowercased() }.joined(separator: " y de ")
                en += ", with at least one vote in favour from " + names.map { $0.en.lowercased() }.joined(separator: " and from ")
            }
            if base == .all {
                es += " (calculada sobre todos los asientos)"
                en += " (counted over all seats)"
            }
        }
        return Localized(es: es + ".", en: en + ".")
    }

    private var majorityName: Localized {
        switch threshold {
        case .simple: Localized(es: "mayoría", en: "majority")
        case .twoThirds: Localized(es: "mayoría de más de dos tercios", en: "a majority of more than two thirds")
        }
    }
}

import Foundation

/// Reads a forum's `rule` object: `kind` is required; the other fields take the defaults of
/// the decision-rule semantics (quorum of more than half and every sector, simple majority of
/// those present) when missing or null.
struct RuleReader {
    struct Problem {
        let field: String
        let text: Localized
    }

    let seats: [SectorCode: Int]?
    private(set) var problems: [Problem] = []

    init(seats: [SectorCode: Int]?) { self.seats = seats }

    static let fields = ["kind", "threshold", "base", "requireSectors", "requireEverySector", "referToMesaTematica"]

    private mutating func report(_ field: String, _ es: String, _ en: String) {
        problems.append(Problem(field: field, text: Localized(es: es, en: en)))
    }

    mutating func read(_ value: JSONInput?) -> DecisionRule? {
        guard case .object(let fields)? = value else {
            if let value {
                report(
                    "rule", "debe ser un objeto con al menos kind (se recibió \(value.quoted.es))",
                    "must be an object with at least kind (got \(value.quoted.en))")
            } else {
                report(
                    "rule", "es obligatorio: la regla de decisión, p. ej. {\"kind\": \"consensus_then_majority\"}",
                    "is required: the decision rule, e.g. {\"kind\": \"consensus_then_majority\"}")
            }
            return nil
        }
        for key in fields.keys.sorted() where !Self.fields.contains(key) {
            report(
                "rule.\(key)",
                "no es un campo conocido (los campos son kind, threshold, base, requireSectors, requireEverySector y referToMesaTematica)",
                "is not a known field (the fields are kind, threshold, base, requireSectors, requireEverySector and referToMesaTematica)")
        }
        let kind: DecisionRule.Kind? = readChoice(fields["kind"], "rule.kind", required: true)
        let threshold: DecisionRule.Threshold? = readChoice(fields["threshold"], "rule.threshold")
        let base: DecisionRule.Base? = readChoice(fields["base"], "rule.base")
        let required = readSectors(fields["requireSectors"])
        let every = readFlag(fields["requireEverySector"], "rule.requireEverySector")
        let referral = readFlag(fields["referToMesaTematica"], "rule.referToMesaTematica")
        guard problems.isEmpty, let kind else { return nil }
        return DecisionRule(
            kind: kind, threshold: threshold ?? .simple, base: base ?? .present,
            requireSectors: required, requireEverySector: every, referToMesaTematica: referral)
    }

    /// One of an enumeration's raw values; nil when missing (default) or invalid (reported).
    private mutating func readChoice<Choice: RawRepresentable & CaseIterable>(
        _ value: JSONInput?, _ field: String, required: Bool = false
    ) -> Choice? where Choice.RawValue == String {
        let options = Choice.allCases.map(\.rawValue)
        let list = Localized(
            es: options.dropLast().joined(separator: ", ") + " o " + options.last!,
            en: options.dropLast().joined(separator: ", ") + " or " + options.last!)
        guard let value, value != .null else {
            if required { report(field, "es obligatorio: \(list.es)", "is required: \(list.en)") }
            return nil
        }
        if case .string(let text) = value, let choice = Choice(rawValue: text) { return choice }
        report(
            field, "debe ser \(list.es) (se recibió \(value.quoted.es))",
            "must be \(list.en) (got \(value.quoted.en))")
        return nil
    }

    private mutating func readFlag(_ value: JSONInput?, _ field: String) -> Bool {
        switch value {
        case nil, .null?: return false
        case .bool(let flag)?: return flag
        case let other?:
            report(
                field, "debe ser true o false (se recibió \(other.quoted.es))",
                "must be true or false (got \(other.quoted.en))")
            return false
        }
    }

    private mutating func readSectors(_ value: JSONInput?) -> [SectorCode] {
        guard let value, value != .null else { return [] }
        guard case .array(let items) = value else {
            report(
                "rule.requireSectors", "debe ser una lista de sectores (se recibió \(value.quoted.es))",
                "must be a list of sectors (got \(value.quoted.en))")
            return []
        }
        var sectors: [SectorCode] = []
        for (i, item) in items.enumerated() {
            switch SectorReference.resolve(item, in: seats) {
            case .success(let code): if !sectors.contains(code) { sectors.append(code) }
            case .failure(let problem): report("rule.requireSectors[\(i)]", problem.es, problem.en)
            }
        }
        return sectors
    }
}

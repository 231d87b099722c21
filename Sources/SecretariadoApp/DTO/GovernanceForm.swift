import SecretariadoCore
import Vapor

/// The charter as the edit form (and `PUT …/governance` with form-like JSON) sends it:
/// text fields plus the decision rule's parts. Converted to `GovernanceMechanism` with each
/// bad field named.
struct GovernanceForm: Content {
    var representatives: String?
    var electionMethod: String?
    var termMonths: String?
    var rotation: String?
    var functions: String?
    var ordinaryFrequency: String?
    var ordinaryNoticeDays: String?
    var extraordinaryNoticeDays: String?
    var allowsUrgentExtraordinary: String?
    var convenedBy: String?
    var sessions: String?
    var ruleKind: String?
    var threshold: String?
    var base: String?
    var requireSectors: [String]?
    var requireEverySector: String?
    var referToMesaTematica: String?
    var ruleText: String?
    var voteChange: String?
    var facilitatorDescription: String?
    var facilitatorFunctions: String?
    var communication: String?
    var note: String?

    func document(sectors: [SectorCode]) throws -> GovernanceMechanism {
        let requireSectors = try (self.requireSectors ?? []).filter { !$0.isEmpty }.map { code -> SectorCode in
            guard sectors.contains(SectorCode(code)) else {
                throw AppError.invalid(
                    field: "requireSectors",
                    Localized(
                        es: "El sector «\(code)» no existe en este secretariado.", en: "The sector “\(code)” does not exist in this secretariat."))
            }
            return SectorCode(code)
        }
        let rule = DecisionRule(
            kind: try FieldCheck.requiredChoice(ruleKind, "ruleKind", as: DecisionRule.Kind.self),
            threshold: try FieldCheck.choice(threshold, "threshold", as: DecisionRule.Threshold.self) ?? .simple,
            base: try FieldCheck.choice(base, "base", as: DecisionRule.Base.self) ?? .present,
            requireSectors: requireSectors,
            requireEverySector: Self.checked(requireEverySector),
            referToMesaTematica: Self.checked(referToMesaTematica))
        return GovernanceMechanism(
            integration: .init(
                representatives: try FieldCheck.required(representatives, "representatives", maxLength: Self.sectionLimit),
                electionMethod: try FieldCheck.required(electionMethod, "electionMethod", maxLength: Self.sectionLimit),
                termMonths: try Self.integer(termMonths, "termMonths"),
                rotation: try FieldCheck.required(rotation, "rotation", maxLength: Self.sectionLimit)),
            functions: try Self.lines(functions, "functions"),
            operation: .init(
                ordinaryFrequency: try FieldCheck.required(ordinaryFrequency, "ordinaryFrequency", maxLength: 200),
                ordinaryNoticeDays: try FieldCheck.requiredInt(ordinaryNoticeDays, "ordinaryNoticeDays"),
                extraordinaryNoticeDays: try FieldCheck.requiredInt(extraordinaryNoticeDays, "extraordinaryNoticeDays"),
                allowsUrgentExtraordinary: Self.checked(allowsUrgentExtraordinary),
                convenedBy: try FieldCheck.required(convenedBy, "convenedBy", maxLength: Self.sectionLimit),
                sessions: try FieldCheck.optional(sessions, "sessions", maxLength: Self.sectionLimit) ?? ""),
            decision: .init(
                rule: rule,
                text: try FieldCheck.required(ruleText, "ruleText", maxLength: Self.sectionLimit),
                voteChange: try FieldCheck.choice(voteChange, "voteChange", as: VoteChangePolicy.self) ?? .replace),
            facilitator: .init(
                description: try FieldCheck.optional(facilitatorDescription, "facilitatorDescription", maxLength: Self.sectionLimit) ?? "",
                functions: try Self.lines(facilitatorFunctions, "facilitatorFunctions")),
            communication: try FieldCheck.optional(communication, "communication", maxLength: Self.sectionLimit) ?? "")
    }

    init(_ document: GovernanceMechanism) {
        representatives = document.integration.representatives
        electionMethod = document.integration.electionMethod
        termMonths = document.integration.termMonths.map(String.init)
        rotation = document.integration.rotation
        functions = document.functions.joined(separator: "\n")
        ordinaryFrequency = document.operation.ordinaryFrequency
        ordinaryNoticeDays = String(document.operation.ordinaryNoticeDays)
        extraordinaryNoticeDays = String(document.operation.extraordinaryNoticeDays)
        allowsUrgentExtraordinary = document.operation.allowsUrgentExtraordinary ? "on" : nil
        convenedBy = document.operation.convenedBy
        sessions = document.operation.sessions
        ruleKind = document.decision.rule.kind.rawValue
        threshold = document.decision.rule.threshold.rawValue
        base = document.decision.rule.base.rawValue
        requireSectors = document.decision.rule.requireSectors.map(\.rawValue)
        requireEverySector = document.decision.rule.requireEverySector ? "on" : nil
        referToMesaTematica = document.decision.rule.referToMesaTematica ? "on" : nil
        ruleText = document.decision.text
        voteChange = document.decision.voteChange.rawValue
        facilitatorDescription = document.facilitator.description
        facilitatorFunctions = document.facilitator.functions.joined(separator: "\n")
        communication = document.communication
    }

    /// Characters in one section of the charter: a section may run to many pages, and the
    /// whole charter still fits the edit form's body limit (`BodyLimit.longText`).
    static let sectionLimit = 60_000

    /// Checkboxes send "on" (forms) or "true" (JSON-minded clients) when set.
    static func checked(_ value: String?) -> Bool {
        ["on", "true", "1", "si", "sí"].contains(value?.lowercased() ?? "")
    }

    static func integer(_ value: String?, _ field: String) throws -> Int? {
        guard try FieldCheck.optional(value, field) != nil else { return nil }
        return try FieldCheck.requiredInt(value, field)
    }

    /// One item per non-empty line.
    static func lines(_ value: String?, _ field: String) throws -> [String] {
        let text = try FieldCheck.optional(value, field, maxLength: sectionLimit) ?? ""
        return text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}

import Foundation

/// What a proposed Mecanismo de Gobernanza changes against the version in force: the text
/// line by line, and the fields the platform executes (decision rule, quorum, notice
/// periods…) named old → new, because a changed rule is easy to miss in prose.
public struct CharterDiff: Hashable, Sendable {
    public struct FieldChange: Hashable, Sendable {
        /// The form/JSON path of the field.
        public let field: String
        public let label: Localized
        public let old: Localized
        public let new: Localized
    }

    public let lines: [LineDiff.Line]
    public let fields: [FieldChange]

    public var isEmpty: Bool { fields.isEmpty && !lines.contains { $0.kind != .same } }
    public var addedCount: Int { lines.filter { $0.kind == .added }.count }
    public var removedCount: Int { lines.filter { $0.kind == .removed }.count }

    public init(from old: GovernanceMechanism, to new: GovernanceMechanism) {
        // Same heading for both, so only the charter's own text differs.
        func body(_ document: GovernanceMechanism) -> [String] {
            document.markdown(secretariatName: "", version: 0, adoptedOn: "").components(separatedBy: "\n").dropFirst(4).map { $0 }
        }
        lines = LineDiff.lines(from: body(old), to: body(new))
        fields = Self.executedFields.compactMap { field in
            let before = field.value(old)
            let after = field.value(new)
            return before == after ? nil : FieldChange(field: field.path, label: field.label, old: before, new: after)
        }
    }

    /// A field of the charter that the platform executes, not only prints.
    struct ExecutedField: Sendable {
        let path: String
        let label: Localized
        let value: @Sendable (GovernanceMechanism) -> Localized
    }

    static let executedFields: [ExecutedField] = [
        ExecutedField(path: "decision.rule", label: Localized(es: "Regla de decisión", en: "Decision rule")) { doc in
            var rule = doc.decision.rule
            rule.quorum = QuorumRule()
            return rule.summary
        },
        ExecutedField(path: "decision.rule.quorum", label: Localized(es: "Quórum", en: "Quorum")) { doc in
            let q = doc.decision.rule.quorum
            let fraction = "\(q.moreThanFraction.numerator)/\(q.moreThanFraction.denominator)"
            return q.requireEverySector
                ? Localized(
                    es: "más de \(fraction) de los asientos y al menos uno de cada sector con voto",
                    en: "more than \(fraction) of the seats and at least one of every voting sector")
                : Localized(es: "más de \(fraction) de los asientos", en: "more than \(fraction) of the seats")
        },
        ExecutedField(path: "decision.voteChange", label: Localized(es: "Segundo voto", en: "Second vote")) { $0.decision.voteChange.label },
        ExecutedField(
            path: "operation.ordinaryNoticeDays", label: Localized(es: "Anticipación de las sesiones ordinarias", en: "Notice for ordinary sessions")
        ) {
            days($0.operation.ordinaryNoticeDays)
        },
        ExecutedField(
            path: "operation.extraordinaryNoticeDays",
            label: Localized(es: "Anticipación de las sesiones extraordinarias", en: "Notice for extraordinary sessions")
        ) {
            days($0.operation.extraordinaryNoticeDays)
        },
        ExecutedField(
            path: "operation.allowsUrgentExtraordinary",
            label: Localized(es: "Sesiones extraordinarias urgentes", en: "Urgent extraordinary sessions")
        ) {
            $0.operation.allowsUrgentExtraordinary ? Localized(es: "permitidas", en: "allowed") : Localized(es: "no permitidas", en: "not allowed")
        },
        ExecutedField(path: "integration.termMonths", label: Localized(es: "Duración del encargo", en: "Term length")) { doc in
            doc.integration.termMonths.map { Localized(es: "\($0) meses", en: "\($0) months") }
                ?? Localized(es: "sin duración fija", en: "no fixed term")
        },
    ]

    private static func days(_ n: Int) -> Localized {
        Localized(es: n == 1 ? "1 día" : "\(n) días", en: n == 1 ? "1 day" : "\(n) days")
    }
}

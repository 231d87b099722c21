import Foundation

extension GovernanceMechanism {
    /// The charter as Markdown, in Spanish: the text that goes into the acta de instalación.
    /// The texts are the STL's own, placed literally (`MarkdownText`): paragraphs keep their
    /// line breaks, one-line items stay one line.
    public func markdown(secretariatName: String, version: Int, adoptedOn: String) -> String {
        let md = MarkdownText.inline
        let text = MarkdownText.block
        var lines: [String] = [
            "# Mecanismo de Gobernanza del Secretariado Técnico Local de \(md(secretariatName))",
            "",
            "Versión \(version), adoptada el \(adoptedOn).",
            "",
            "## 1. Integración, proceso de elección y rotación de los representantes",
            "",
            text(integration.representatives),
            "",
            "**Método de elección.** \(text(integration.electionMethod))",
            "",
        ]
        if let months = integration.termMonths {
            lines += ["**Duración del encargo.** \(months) meses.", ""]
        }
        lines += ["**Permanencia y rotación.** \(text(integration.rotation))", "", "## 2. Funciones del STL", ""]
        lines += functions.enumerated().map { "\($0.offset + 1). \(md($0.element))" }
        lines += [
            "",
            "## 3. Operación y funcionamiento",
            "",
            "- Sesiones ordinarias: periodicidad \(operation.ordinaryFrequency), convocadas con al menos \(Self.days(operation.ordinaryNoticeDays)) de anticipación.",
            "- Sesiones extraordinarias: convocadas con al menos \(Self.days(operation.extraordinaryNoticeDays)) de anticipación"
                + (operation.allowsUrgentExtraordinary ? "; en caso urgente, con menor anticipación." : "."),
            "- Convocatoria: \(md(operation.convenedBy))",
            "",
            text(operation.sessions),
            "",
            "## 4. Esquema de toma de decisiones",
            "",
            text(decision.text),
            "",
            "Interpretación operativa: \(decision.rule.summary.es)",
            "",
            "Quórum: \(Self.quorum(decision.rule.quorum)).",
            "",
            "Votos repetidos: \(decision.voteChange.label.es).",
            "",
            "## Facilitación",
            "",
            text(facilitator.description),
            "",
        ]
        lines += facilitator.functions.enumerated().map { "\($0.offset + 1). \(md($0.element))" }
        lines += ["", "## Comunicación", "", text(communication), ""]
        return lines.joined(separator: "\n")
    }

    private static func quorum(_ rule: QuorumRule) -> String {
        let share =
            rule.moreThanFraction == .half
            ? "más de la mitad"
            : "más de \(rule.moreThanFraction.numerator)/\(rule.moreThanFraction.denominator)"
        return "\(share) de los asientos presentes"
            + (rule.requireEverySector ? " y al menos un asiento de cada sector con voto" : "")
    }

    private static func days(_ n: Int) -> String { n == 1 ? "1 día" : "\(n) días" }
}

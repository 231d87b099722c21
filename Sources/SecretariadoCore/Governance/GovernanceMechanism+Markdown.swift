import Foundation

extension GovernanceMechanism {
    /// The charter as Markdown, in Spanish: the text that goes into the acta de instalación.
    public func markdown(secretariatName: String, version: Int, adoptedOn: String) -> String {
        var lines: [String] = [
            "# Mecanismo de Gobernanza del Secretariado Técnico Local de \(secretariatName)",
            "",
            "Versión \(version), adoptada el \(adoptedOn).",
            "",
            "## 1. Integración, proceso de elección y rotación de los representantes",
            "",
            integration.representatives,
            "",
            "**Método de elección.** \(integration.electionMethod)",
            "",
        ]
        if let months = integration.termMonths {
            lines += ["**Duración del encargo.** \(months) meses.", ""]
        }
        lines += ["**Permanencia y rotación.** \(integration.rotation)", "", "## 2. Funciones del STL", ""]
        lines += functions.enumerated().map { "\($0.offset + 1). \($0.element)" }
        lines += [
            "",
            "## 3. Operación y funcionamiento",
            "",
            "- Sesiones ordinarias: periodicidad \(operation.ordinaryFrequency), convocadas con al menos \(Self.days(operation.ordinaryNoticeDays)) de anticipación.",
            "- Sesiones extraordinarias: convocadas con al menos \(Self.days(operation.extraordinaryNoticeDays)) de anticipación"
                + (operation.allowsUrgentExtraordinary ? "; en caso urgente, con menor anticipación." : "."),
            "- Convocatoria: \(operation.convenedBy)",
            "",
            operation.sessions,
            "",
            "## 4. Esquema de toma de decisiones",
            "",
            decision.text,
            "",
            "Interpretación operativa: \(decision.rule.summary.es)",
            "",
            "Quórum: \(Self.quorum(decision.rule.quorum)).",
            "",
            "Votos repetidos: \(decision.voteChange.label.es).",
            "",
            "## Facilitación",
            "",
            facilitator.description,
            "",
        ]
        lines += facilitator.functions.enumerated().map { "\($0.offset + 1). \($0.element)" }
        lines += ["", "## Comunicación", "", communication, ""]
        return lines.joined(separator: "\n")
    }

    private static func quorum(_ rule: QuorumRule) -> String {
        let share = rule.moreThanFraction == .half
            ? "más de la mitad"
            : "más de \(rule.moreThanFraction.numerator)/\(rule.moreThanFraction.denominator)"
        return "\(share) de los asientos presentes"
            + (rule.requireEverySector ? " y al menos un asiento de cada sector con voto" : "")
    }

    private static func days(_ n: Int) -> String { n == 1 ? "1 día" : "\(n) días" }
}

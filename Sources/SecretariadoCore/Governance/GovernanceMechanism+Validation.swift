import Foundation

extension GovernanceMechanism {
    /// A field of the charter that cannot stand, named by its form/JSON path.
    public struct Problem: Hashable, Sendable, Error {
        public let field: String
        public let message: Localized
    }

    /// Every problem, so a form can show them all: the four minimum elements must be there.
    public func problems() -> [Problem] {
        var found: [Problem] = []
        func require(_ text: String, _ field: String, _ name: String) {
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                found.append(
                    Problem(
                        field: field,
                        message: Localized(
                            es: "Falta «\(name)», un elemento mínimo del mecanismo de gobernanza.",
                            en: "“\(name)” is missing: it is a minimum element of the governance mechanism.")))
            }
        }
        require(integration.representatives, "integration.representatives", "Integración")
        require(integration.electionMethod, "integration.electionMethod", "Método de elección")
        require(integration.rotation, "integration.rotation", "Permanencia y rotación")
        if functions.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            found.append(
                Problem(
                    field: "functions",
                    message: Localized(
                        es: "El mecanismo debe enumerar al menos una función del STL.",
                        en: "The mechanism must list at least one function of the STL.")))
        }
        require(operation.ordinaryFrequency, "operation.ordinaryFrequency", "Periodicidad de las sesiones ordinarias")
        require(operation.convenedBy, "operation.convenedBy", "Quién convoca")
        for (days, field) in [
            (operation.ordinaryNoticeDays, "operation.ordinaryNoticeDays"), (operation.extraordinaryNoticeDays, "operation.extraordinaryNoticeDays"),
        ]
        where !(0...90).contains(days) {
            found.append(
                Problem(
                    field: field,
                    message: Localized(
                        es: "Los días de anticipación deben estar entre 0 y 90.", en: "Notice days must be between 0 and 90.")))
        }
        if let months = integration.termMonths, !(1...120).contains(months) {
            found.append(
                Problem(
                    field: "integration.termMonths",
                    message: Localized(
                        es: "La duración del encargo debe estar entre 1 y 120 meses.", en: "The term must be between 1 and 120 months.")))
        }
        require(decision.text, "decision.text", "Esquema de toma de decisiones")
        if decision.rule.hasMajorityStep, decision.rule.requireSectors.contains(where: { !$0.isWellFormed }) {
            found.append(
                Problem(
                    field: "decision.rule.requireSectors",
                    message: Localized(
                        es: "Un sector requerido tiene un código no válido.", en: "A required sector has an invalid code.")))
        }
        return found
    }
}

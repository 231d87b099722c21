import Foundation
import SecretariadoCore
import Vapor

enum SimulatorPage {
    /// What the simulator form sends (by GET: nothing is stored, so a result is a link).
    struct Form: Content {
        var gobierno: String?
        var sociedad_civil: String?
        var organismo_garante: String?
        var otro_nombre: String?
        var otro_asientos: String?
        var kind: String?
        var threshold: String?
        var base: String?
        var requireSectors: [String]?
        var requireEverySector: String?

        var submitted: Bool { kind != nil }

        /// The analysis contract's JSON for this form, so the simulator validates exactly
        /// like the API and the CLI and names the same fields.
        func contractJSON() throws -> Data {
            var seats: [String: Any] = [:]
            for (code, value) in [("gobierno", gobierno), ("sociedad_civil", sociedad_civil), ("organismo_garante", organismo_garante)] {
                seats[code] = Self.number(value)
            }
            if let name = otro_nombre?.trimmingCharacters(in: .whitespaces), !name.isEmpty {
                seats[slugify(name).replacingOccurrences(of: "-", with: "_")] = Self.number(otro_asientos)
            }
            var rule: [String: Any] = ["kind": kind ?? ""]
            if let threshold, !threshold.isEmpty { rule["threshold"] = threshold }
            if let base, !base.isEmpty { rule["base"] = base }
            rule["requireSectors"] = (requireSectors ?? []).filter { !$0.isEmpty }
            rule["requireEverySector"] = GovernanceForm.checked(requireEverySector)
            let forum: [String: Any] = ["name": "Simulación", "seats": seats, "rule": rule]
            return try JSONSerialization.data(withJSONObject: ["forums": [forum]])
        }

        /// Whole numbers pass through as numbers; anything else is passed as text so the
        /// analysis names it as the wrong field.
        private static func number(_ text: String?) -> Any {
            let trimmed = (text ?? "").trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { return 0 }
            return Int(trimmed).map { $0 as Any } ?? trimmed
        }
    }

    struct Model {
        let form: Form
        let analysis: ForumAnalysis?
        let error: String?
    }
}

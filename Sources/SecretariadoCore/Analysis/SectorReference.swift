import Foundation

/// A sector named outside `seats` (in `observers` or `rule.requireSectors`) must be one of
/// the forum's seat keys: a misspelt "sociedad civil" would otherwise silently change what
/// the rule means. A key with 0 seats is accepted, and the analysis explains its effect.
enum SectorReference {
    struct Problem: Error {
        let es: String
        let en: String
    }

    /// The code `value` names, or why it cannot be used. `seats == nil` (invalid seats,
    /// already reported) skips the membership check.
    static func resolve(_ value: JSONInput, in seats: [SectorCode: Int]?) -> Result<SectorCode, Problem> {
        guard case .string(let text) = value else {
            return .failure(
                Problem(
                    es: "debe ser un código de sector (se recibió \(value.quoted.es))",
                    en: "must be a sector code (got \(value.quoted.en))"))
        }
        let code = SectorCode(text)
        guard let seats, seats[code] == nil else { return .success(code) }
        let known = seats.keys.sorted().map(\.rawValue).joined(separator: ", ")
        return .failure(
            Problem(
                es: "nombra \(value.quoted.es), que no figura en seats (sectores: \(known))",
                en: "names \(value.quoted.en), which is not in seats (sectors: \(known))"))
    }
}

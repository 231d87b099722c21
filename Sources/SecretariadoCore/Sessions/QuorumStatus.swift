import Foundation

/// Whether the seats present make a quorum under the rule, in one sentence for the
/// session page and the minutes.
public struct QuorumStatus: Hashable, Sendable {
    public let reached: Bool
    public let explanation: Localized

    public init(_ tally: Tally, rule: QuorumRule) {
        let failures = QuorumCheck.failures(tally, rule: rule)
        reached = failures.isEmpty
        let total = tally.total
        let seats = Wording.count(total.seats, "asiento", "asientos")
        var es = "están presentes \(total.present) de \(seats) con voto"
        var en = "\(total.present) of \(total.seats) voting seats are present"
        if total.bySuplente > 0 {
            es += " (\(total.bySuplente) por suplente)"
            en += " (\(total.bySuplente) by alternate)"
        }
        if failures.isEmpty {
            explanation = Localized(es: "Hay quórum: \(es).", en: "Quorum: \(en).")
        } else {
            let why = failures.map(\.explanation)
            explanation = Localized(
                es: "Sin quórum: " + why.map(\.es).joined(separator: "; ") + ".",
                en: "No quorum: " + why.map(\.en).joined(separator: "; ") + ".")
        }
    }
}

import Foundation

/// Whether a session may decide at all: by default more than half of the
/// voting seats present and at least one seat of every voting sector.
public enum QuorumCheck {
    /// The quorum requirements the session fails; empty when it may decide.
    ///
    /// A forum without voting seats never has quorum: "more than half of nothing" is
    /// never met (0 > 0 is false), and nobody there could vote anyway.
    public static func failures(_ tally: Tally, rule: QuorumRule) -> [Requirement] {
        var failures: [Requirement] = []
        let total = tally.total
        if !rule.moreThanFraction.isExceeded(by: total.present, of: total.seats) {
            failures.append(
                .quorumSeats(present: total.present, seats: total.seats, moreThan: rule.moreThanFraction))
        }
        if rule.requireEverySector {
            failures += tally.sectors
                .filter { tally[$0].present == 0 }
                .map(Requirement.quorumSector)
        }
        return failures
    }
}

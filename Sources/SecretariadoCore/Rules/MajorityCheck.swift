import Foundation

/// The majority step: a-favor votes exceed the threshold fraction of the
/// base, and each required sector gives at least one a-favor vote.
public enum MajorityCheck {
    /// The majority requirements the tally fails; empty when the majority adopts.
    public static func failures(_ tally: Tally, rule: DecisionRule) -> [Requirement] {
        var failures: [Requirement] = []
        let base = rule.base == .present ? tally.total.present : tally.total.seats
        if !rule.threshold.fraction.isExceeded(by: tally.total.aFavor, of: base) {
            failures.append(
                .majorityThreshold(
                    aFavor: tally.total.aFavor, base: base, baseKind: rule.base, threshold: rule.threshold))
        }
        failures += requiredSectors(rule, votingSectors: tally.sectors)
            .filter { tally[$0].aFavor == 0 }
            .map(Requirement.sectorInFavor)
        return failures
    }

    /// The sectors that must each give an a-favor vote, in display order. A listed sector
    /// without voting seats stays listed: its requirement can never be met, and saying so
    /// beats silently dropping a rule the forum wrote down.
    public static func requiredSectors(_ rule: DecisionRule, votingSectors: [SectorCode]) -> [SectorCode] {
        var required = Set(rule.requireSectors)
        if rule.requireEverySector { required.formUnion(votingSectors) }
        return required.sorted()
    }
}

import Foundation

/// The consensus step: at least one seat votes a favor and none votes en
/// contra. Abstentions and present seats that cast no vote do not block.
public enum ConsensusCheck {
    /// The consensus requirements the tally fails; empty when there is consensus.
    /// Quorum is checked separately, before this step.
    public static func failures(_ tally: Tally) -> [Requirement] {
        var failures: [Requirement] = []
        if tally.total.aFavor == 0 { failures.append(.consensusInFavor) }
        if tally.total.enContra > 0 { failures.append(.consensusNoneAgainst(enContra: tally.total.enContra)) }
        return failures
    }
}

import Foundation

/// Applies a forum's decision rule to the ballots of one vote.
///
/// Order: quorum first (without it nothing is decided); then consensus, when the rule has
/// that step; then, when consensus fails or the rule has no consensus step, the majority
/// fallback. A rule with consensus and no fallback stops at consensus.
public enum DecisionEngine {
    /// Decides a motion from one ballot per seat of the forum.
    ///
    /// - Parameters:
    ///   - ballots: every seat of the forum with who attended and how it voted. Seats of
    ///     `nonVotingSectors` and of the facilitator may be included; their votes are ignored
    ///     and reported, as are votes recorded for absent seats.
    ///   - rule: the forum's decision rule.
    ///   - nonVotingSectors: observer sectors, which sit but never vote.
    public static func decide(
        _ ballots: [SeatBallot], rule: DecisionRule, nonVotingSectors: Set<SectorCode> = []
    ) -> Outcome {
        decide(Tally(ballots, nonVotingSectors: nonVotingSectors), rule: rule)
    }

    /// Decides a motion from an already built tally.
    public static func decide(_ tally: Tally, rule: DecisionRule) -> Outcome {
        func outcome(
            _ result: Outcome.Result, _ step: DecisionStep, _ failed: [Requirement],
            referral: Bool = false
        ) -> Outcome {
            Outcome(
                result: result, decidedBy: step, tally: tally, failedRequirements: failed,
                mayBeReferredToMesaTematica: referral, rule: rule)
        }

        let quorum = QuorumCheck.failures(tally, rule: rule.quorum)
        guard quorum.isEmpty else { return outcome(.noQuorum, .quorum, quorum) }

        var consensus: [Requirement] = []
        if rule.hasConsensusStep {
            consensus = ConsensusCheck.failures(tally)
            if consensus.isEmpty { return outcome(.adopted, .consensus, []) }
            if !rule.hasMajorityStep {
                return outcome(.notAdopted, .consensus, consensus, referral: rule.referToMesaTematica)
            }
        }
        let majority = MajorityCheck.failures(tally, rule: rule)
        return outcome(majority.isEmpty ? .adopted : .notAdopted, .majority, consensus + majority)
    }
}

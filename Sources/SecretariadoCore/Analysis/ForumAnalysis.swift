import Foundation

/// Everything the voting-power analysis says about one forum: whether its
/// composition is balanced, which sectors can decide alone or block everything, how power
/// is shared out, and findings in plain language.
public struct ForumAnalysis: Hashable, Sendable {
    public let composition: Composition
    public let rule: DecisionRule
    public let balance: BalanceCheck
    public let winningCondition: WinningCondition
    /// Sectors whose seats alone adopt a motion against everyone else, in display order.
    public let dominantSectors: [SectorCode]
    /// Sectors without whose seats nothing can be adopted, in display order.
    public let vetoSectors: [SectorCode]
    public let power: VotingPower
    public let findings: [Finding]

    /// Analyses a forum with every seat present. Non-voting sectors (`composition.nonVoting`)
    /// get no power and are never needed to win.
    public init(composition: Composition, rule: DecisionRule) {
        let condition = WinningCondition(composition: composition, rule: rule)
        let balance = BalanceCheck(composition)
        let dominant = condition.sectors.filter(condition.isDominant)
        let veto = condition.sectors.filter(condition.hasVeto)
        self.composition = composition
        self.rule = rule
        self.balance = balance
        self.winningCondition = condition
        self.dominantSectors = dominant
        self.vetoSectors = veto
        self.power = VotingPower(condition, alsoReport: Array(composition.seats.keys))
        self.findings = Findings.of(
            composition, rule, condition, balance: balance, dominant: dominant, veto: veto)
    }

    /// The guide's first minimum requirement.
    public var balanced: Bool { balance.isBalanced }
}

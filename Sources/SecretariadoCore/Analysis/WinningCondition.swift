import Foundation

/// Which sets of seats can adopt a motion in a forum when every seat is present and every
/// seat outside the set votes en contra.
///
/// The definition follows what `DecisionEngine` adopts. Everyone being present, quorum
/// holds, so: with a majority fallback, a set wins when it meets the majority's condition
/// (a quota of seats and one seat of each required sector); with consensus only, just the
/// set of all voting seats wins (anyone left out votes en contra). When a majority requires
/// a sector that has no voting seat, that majority can never adopt: the forum is left with
/// consensus (unanimity) if it has that step, and with no winning set otherwise.
public struct WinningCondition: Hashable, Sendable {
    public enum Basis: String, Hashable, Sendable {
        /// At least `quota` seats in favour, including one of each `requiredSectors`.
        case majority
        /// Only the set of all voting seats wins.
        case unanimity
        /// No set of seats can adopt anything.
        case none
    }

    public let basis: Basis
    /// Voting seats of each sector that has at least one.
    public let seats: [SectorCode: Int]
    /// The total of `seats`.
    public let totalSeats: Int
    /// The fewest a-favor seats that can win (`totalSeats` under unanimity).
    public let quota: Int
    /// Sectors that must give at least one a-favor seat to win (empty under unanimity).
    public let requiredSectors: Set<SectorCode>
    /// Sectors the majority requires that have no voting seat, which make it unreachable.
    public let unmeetableSectors: [SectorCode]
    /// Whether the quorum rule could not hold even with every seat present.
    public let quorumUnreachable: Bool

    public init(composition: Composition, rule: DecisionRule) {
        var seats: [SectorCode: Int] = [:]
        for sector in composition.votingSectors { seats[sector] = composition.count(sector) }
        let total = seats.values.reduce(0, +)
        let required = MajorityCheck.requiredSectors(rule, votingSectors: Array(seats.keys))
        let unmeetable = rule.hasMajorityStep ? required.filter { seats[$0] == nil } : []
        let quorumHolds = total > 0 && rule.quorum.moreThanFraction.isExceeded(by: total, of: total)
        let quota = rule.threshold.fraction.smallestCountExceeding(total)

        self.seats = seats
        self.totalSeats = total
        self.unmeetableSectors = unmeetable
        self.quorumUnreachable = total > 0 && !quorumHolds
        if !quorumHolds {
            (basis, self.quota, requiredSectors) = (.none, total, [])
        } else if rule.hasMajorityStep, unmeetable.isEmpty, quota <= total {
            (basis, self.quota, requiredSectors) = (.majority, quota, Set(required))
        } else if rule.hasConsensusStep {
            (basis, self.quota, requiredSectors) = (.unanimity, total, [])
        } else {
            (basis, self.quota, requiredSectors) = (.none, total, [])
        }
    }

    /// Voting sectors in display order.
    public var sectors: [SectorCode] { seats.keys.sorted() }

    /// Whether the seats voting a favor, counted per sector, adopt the motion.
    public func isWinning(_ inFavour: [SectorCode: Int]) -> Bool {
        let yes = seats.keys.reduce(0) { $0 + min(inFavour[$1] ?? 0, seats[$1]!) }
        switch basis {
        case .none: return false
        case .unanimity: return yes == totalSeats
        case .majority:
            return yes >= quota && requiredSectors.allSatisfy { (inFavour[$0] ?? 0) >= 1 }
        }
    }

    /// A sector whose seats alone adopt a motion against everyone else.
    public func isDominant(_ sector: SectorCode) -> Bool {
        guard let own = seats[sector] else { return false }
        return isWinning([sector: own])
    }

    /// A sector without whose seats nothing can be adopted. Because adding seats never
    /// turns a win into a loss, it is enough to try all the other seats together. A forum
    /// where nothing can win has no veto sectors: a veto over nothing tells no one anything.
    public func hasVeto(_ sector: SectorCode) -> Bool {
        guard basis != .none, seats[sector] != nil else { return false }
        return !isWinning(seats.filter { $0.key != sector })
    }
}

import Foundation
import SecretariadoCore

/// An independent reference for the voting-power analysis: the definitions (a winning
/// coalition adopts while every other seat votes en contra; dominant, veto, Banzhaf,
/// Shapley–Shubik) applied literally, by listing sets of seats (small forums), orderings of seats (tiny forums) or
/// vectors of per-sector counts (large forums). It shares no code with `VotingPower` or
/// `WinningCondition`, so agreement means both read the spec the same way.
struct BruteForceForum {
    /// Voting sectors with at least one seat, and their seats.
    let sectors: [SectorCode]
    let sizes: [Int]
    /// One entry per seat, observers included: the index of its voting sector, or nil.
    let seatSector: [Int?]
    let rule: DecisionRule
    let votingSeats: Int
    /// The threshold: more than num/den of the seats.
    let fraction: (num: Int, den: Int)
    /// Sectors needing an a-favor vote, as indices into `sectors`; nil for a sector without
    /// voting seats, which nobody can satisfy.
    let requiredSectors: [Int?]

    init(_ composition: Composition, _ rule: DecisionRule) {
        let voting = composition.seats.filter { $0.value > 0 && !composition.nonVoting.contains($0.key) }
        sectors = voting.keys.sorted()
        sizes = sectors.map { voting[$0]! }
        var seatSector: [Int?] = []
        for (code, count) in composition.seats.sorted(by: { $0.key < $1.key }) {
            seatSector += Array(repeating: sectors.firstIndex(of: code), count: count)
        }
        self.seatSector = seatSector
        self.rule = rule
        votingSeats = sizes.reduce(0, +)
        fraction = rule.threshold == .simple ? (1, 2) : (2, 3)
        var required = Set(rule.requireSectors)
        if rule.requireEverySector { required.formUnion(sectors) }
        requiredSectors = required.map { [sectors] in sectors.firstIndex(of: $0) }
    }

    /// Whether a motion is adopted when `inFavour[k]` seats of sector k vote a favor and
    /// every other seat is present and votes en contra (default quorum: more than half
    /// of the seats and one of every voting sector).
    func adopts(_ inFavour: [Int]) -> Bool {
        let total = votingSeats
        guard total > 0 else { return false }  // quorum: more than half of no seats
        let yes = inFavour.reduce(0, +)
        let consensus = yes >= 1 && yes == total  // nobody left to vote en contra
        let majority =
            yes * fraction.den > fraction.num * total
            && requiredSectors.allSatisfy { $0.map { inFavour[$0] >= 1 } ?? false }
        switch rule.kind {
        case .consensus: return consensus
        case .majority: return majority
        case .consensusThenMajority: return consensus || majority
        }
    }

    struct Result {
        var banzhaf: [SectorCode: Double] = [:]
        var shapleyShubik: [SectorCode: Double] = [:]
        var dominant: [SectorCode] = []
        var veto: [SectorCode] = []
    }

    /// Every subset of every seat (observers too, as players whose votes do not count).
    func bySets() -> Result {
        let n = seatSector.count
        precondition(n <= 22, "too many seats to list every set")
        var wins = [Bool](repeating: false, count: 1 << n)
        for mask in 0..<(1 << n) { wins[mask] = adopts(counts(mask)) }
        var swings = [Double](repeating: 0, count: n)
        var pivotal = [Double](repeating: 0, count: n)
        for mask in 0..<(1 << n) where !wins[mask] {
            let size = mask.nonzeroBitCount
            for i in 0..<n where mask & (1 << i) == 0 && wins[mask | (1 << i)] {
                swings[i] += 1
                // |S|!(n−1−|S|)!/n! = 1 / (n · C(n−1, |S|))
                pivotal[i] += 1 / (Double(n) * choose(n - 1, size))
            }
        }
        var result = perSector(swings: swings, pivotal: pivotal)
        let anyWin = wins.contains(true)
        for (k, code) in sectors.enumerated() {
            let own = (0..<n).filter { seatSector[$0] == k }.reduce(0) { $0 | (1 << $1) }
            if wins[own] { result.dominant.append(code) }
            if anyWin, !(0..<(1 << n)).contains(where: { wins[$0] && $0 & own == 0 }) {
                result.veto.append(code)
            }
        }
        return result
    }

    /// Shapley–Shubik by its first definition: the share of the n! orderings of the seats
    /// in which a seat's arrival first makes the set so far adopt the motion.
    func shapleyByOrderings() -> [SectorCode: Double] {
        let n = seatSector.count
        precondition(n <= 8, "too many orderings")
        var pivots = [Double](repeating: 0, count: n)
        var orderings = 0.0
        var order = Array(0..<n)
        func visit(_ k: Int) {
            if k == n {
                orderings += 1
                var inFavour = [Int](repeating: 0, count: sectors.count)
                for seat in order {
                    if let s = seatSector[seat] { inFavour[s] += 1 }
                    if adopts(inFavour) {
                        pivots[seat] += 1
                        return
                    }
                }
                return
            }
            for i in k..<n {
                order.swapAt(k, i)
                visit(k + 1)
                order.swapAt(k, i)
            }
        }
        visit(0)
        var result: [SectorCode: Double] = [:]
        for (seat, sector) in seatSector.enumerated() {
            guard let sector else { continue }
            result[sectors[sector], default: 0] += pivots[seat] / orderings
        }
        return result
    }

    /// By vectors of per-sector counts, each standing for Π C(nₖ, cₖ) sets: exact for
    /// forums of hundreds of seats as long as C(n, n/2) fits a Double (n ≤ 1000).
    func byCounts() -> Result {
        let total = votingSeats
        var swings = [Double](repeating: 0, count: sectors.count)
        var pivotal = [Double](repeating: 0, count: sectors.count)
        for target in sectors.indices {
            var limits = sizes
            limits[target] -= 1  // the seat whose power is measured
            var c = [Int](repeating: 0, count: sizes.count)
            repeat {
                var with = c
                with[target] += 1
                if adopts(with), !adopts(c) {
                    let ways = zip(limits, c).reduce(1.0) { $0 * choose($1.0, $1.1) }
                    swings[target] += ways
                    pivotal[target] += ways / (Double(total) * choose(total - 1, c.reduce(0, +)))
                }
            } while next(&c, limits)
        }
        var seatSwings: [Double] = []
        var seatPivotal: [Double] = []
        for seat in seatSector.compactMap({ $0 }) {
            seatSwings.append(swings[seat])
            seatPivotal.append(pivotal[seat])
        }
        var result = perSector(swings: seatSwings, pivotal: seatPivotal, seats: seatSector.compactMap { $0 })
        for (k, code) in sectors.enumerated() {
            var own = [Int](repeating: 0, count: sizes.count)
            own[k] = sizes[k]
            if adopts(own) { result.dominant.append(code) }
            var rest = sizes
            rest[k] = 0
            if adopts(sizes), !adopts(rest) { result.veto.append(code) }  // monotone game
        }
        return result
    }

    private func perSector(swings: [Double], pivotal: [Double], seats: [Int]? = nil) -> Result {
        let owners = seats ?? seatSector.map { $0 ?? -1 }
        let all = swings.reduce(0, +)
        var result = Result()
        for code in sectors {
            result.banzhaf[code] = 0
            result.shapleyShubik[code] = 0
        }
        for (i, owner) in owners.enumerated() where owner >= 0 {
            result.banzhaf[sectors[owner], default: 0] += all > 0 ? swings[i] / all : 0
            result.shapleyShubik[sectors[owner], default: 0] += pivotal[i]
        }
        return result
    }

    private func counts(_ mask: Int) -> [Int] {
        var inFavour = [Int](repeating: 0, count: sectors.count)
        for (seat, sector) in seatSector.enumerated() where mask & (1 << seat) != 0 {
            if let sector { inFavour[sector] += 1 }
        }
        return inFavour
    }

    private func next(_ c: inout [Int], _ limits: [Int]) -> Bool {
        for k in c.indices {
            if c[k] < limits[k] {
                c[k] += 1
                return true
            }
            c[k] = 0
        }
        return false
    }
}

/// C(n, k) as a Double, from Pascal's triangle: exact below 2^53, then correctly rounded
/// sums, far from the log-space arithmetic of the code under test.
func choose(_ n: Int, _ k: Int) -> Double {
    guard k >= 0, k <= n else { return 0 }
    return PascalTriangle.shared.rows[n][k]
}

final class PascalTriangle: Sendable {
    static let shared = PascalTriangle(upTo: 1_001)
    let rows: [[Double]]

    init(upTo n: Int) {
        var rows: [[Double]] = [[1]]
        for i in 1...n {
            let previous = rows[i - 1]
            rows.append(
                (0...i).map { k in
                    (k > 0 ? previous[k - 1] : 0) + (k < i ? previous[k] : 0)
                })
        }
        self.rows = rows
    }
}

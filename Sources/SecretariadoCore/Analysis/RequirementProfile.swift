import Foundation

/// For a pool of seats split into sectors, the chance that a set of `c` seats drawn
/// uniformly from the pool includes at least one seat of every required sector in it,
/// for each c in 0...size.
///
/// This is the dynamic programme behind the voting-power indices: pools are merged sector
/// by sector, tracking only (number of seats in favour, all requirements met or not), so a
/// forum of hundreds of seats costs a few thousand steps instead of 2^n sets. Working with
/// probabilities conditional on the set's size keeps every number in [0, 1]: no overflow,
/// and no subtraction that could cancel digits.
struct RequirementProfile: Sendable {
    let size: Int
    /// metAt[c] = P(all requirements met | c seats drawn).
    let metAt: [Double]

    /// A pool with no requirements: any set meets them.
    static func free(_ size: Int) -> RequirementProfile {
        RequirementProfile(size: size, metAt: Array(repeating: 1, count: size + 1))
    }

    /// One required sector: met as soon as one of its seats is drawn.
    static func required(_ size: Int) -> RequirementProfile {
        RequirementProfile(size: size, metAt: (0...size).map { $0 == 0 ? 0 : 1 })
    }

    /// The profile of the union of two disjoint pools: drawing c seats from both takes j
    /// from this one with hypergeometric probability C(a,j)·C(b,c−j)/C(a+b,c).
    func merged(with other: RequirementProfile, _ binomial: LogBinomial) -> RequirementProfile {
        let total = size + other.size
        let met = (0...total).map { c in chanceMet(drawing: c, alongside: other, binomial) }
        return RequirementProfile(size: total, metAt: met)
    }

    /// P(requirements of both pools met | c seats drawn from their union).
    func chanceMet(drawing c: Int, alongside other: RequirementProfile, _ binomial: LogBinomial) -> Double {
        let total = size + other.size
        guard c >= 0, c <= total else { return 0 }
        let logAll = binomial.logChoose(total, c)
        var sum = 0.0
        for j in max(0, c - other.size)...min(size, c) {
            let both = metAt[j] * other.metAt[c - j]
            guard both > 0 else { continue }
            sum += both * exp(binomial.logChoose(size, j) + binomial.logChoose(other.size, c - j) - logAll)
        }
        return sum
    }
}

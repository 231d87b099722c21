import Foundation

/// For a pool of seats split into sectors, the chance that a set of `c` seats drawn
/// uniformly from the pool includes at least one seat of every required sector in it,
/// for each c in 0...size.
///
/// This is the dynamic programme behind the voting-power indices: pools are merged sector
/// by sector, tracking only (number of seats in favour, all requirements met or not), so a
/// forum of hundreds of seats costs a few thousand steps instead of 2^n sets. Working with
/// probabilities conditional on the set's size keeps every number in [0, 1]: nothing
/// overflows, and nothing is subtracted, so no digits cancel.
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

    /// The profile of the union of two disjoint pools.
    func merged(with other: RequirementProfile) -> RequirementProfile {
        RequirementProfile(
            size: size + other.size,
            metAt: (0...(size + other.size)).map { chanceMet(drawing: $0, alongside: other) })
    }

    /// Hypergeometric weights below this fraction of the largest are dropped: the weights
    /// fall off faster than geometrically, so what is dropped stays under 1e-14 of the total.
    private static let negligible = 1e-18

    /// P(requirements of both pools met | c seats drawn from their union): drawing c seats
    /// takes j from this pool with probability ∝ C(a, j)·C(b, c−j). The weights are built
    /// by their ratio from the most likely j outwards and then normalised, so no binomial
    /// coefficient is ever formed, however large the pools.
    func chanceMet(drawing c: Int, alongside other: RequirementProfile) -> Double {
        let (a, b) = (size, other.size)
        guard c >= 0, c <= a + b else { return 0 }
        let low = max(0, c - b)
        let high = min(a, c)
        let mode = min(max((c + 1) * (a + 1) / (a + b + 2), low), high)
        var totalWeight = 1.0
        var metWeight = metAt[mode] * other.metAt[c - mode]
        var weight = 1.0
        var j = mode
        while j < high {  // C(a,j+1)C(b,c−j−1) / C(a,j)C(b,c−j)
            weight *= Double(a - j) * Double(c - j) / (Double(j + 1) * Double(b - c + j + 1))
            j += 1
            if weight < Self.negligible { break }
            totalWeight += weight
            metWeight += weight * metAt[j] * other.metAt[c - j]
        }
        weight = 1.0
        j = mode
        while j > low {  // C(a,j−1)C(b,c−j+1) / C(a,j)C(b,c−j)
            weight *= Double(j) * Double(b - c + j) / (Double(a - j + 1) * Double(c - j + 1))
            j -= 1
            if weight < Self.negligible { break }
            totalWeight += weight
            metWeight += weight * metAt[j] * other.metAt[c - j]
        }
        return metWeight / totalWeight
    }
}

import Foundation

/// The Banzhaf and Shapley–Shubik indices of a forum's seats, summed per sector
///.
///
/// Seats of one sector are interchangeable under any rule of §4, so the work is done once
/// per kind of sector, by counts: for a seat of sector t, its swings are the sets S of other
/// seats that lose while S plus the seat wins. Under a quota q with required sectors R,
///   (a) |S| = q − 1 and S meets R \ {t}, or
///   (b) t ∈ R, |S| ≥ q, S has no seat of t and meets R \ {t}.
/// Both are counted through `RequirementProfile`, never by listing sets.
public struct VotingPower: Hashable, Sendable {
    /// Normalised Banzhaf index per sector: swings of its seats over all swings. Sums to 1
    /// over the voting sectors; every sector is 0 when no set of seats can win.
    public let banzhaf: [SectorCode: Double]
    /// Shapley–Shubik index per sector: the share of seat orderings in which one of its
    /// seats is pivotal. Sums to 1 over the voting sectors, or 0 everywhere when nothing wins.
    public let shapleyShubik: [SectorCode: Double]

    /// Computes both indices. Sectors in `alsoReport` without voting seats (observers,
    /// sectors with zero seats) are listed with 0 so that reports show every sector.
    public init(_ condition: WinningCondition, alsoReport: [SectorCode] = []) {
        var banzhaf = Dictionary(uniqueKeysWithValues: alsoReport.map { ($0, 0.0) })
        var shapley = banzhaf
        for sector in condition.sectors {
            banzhaf[sector] = 0
            shapley[sector] = 0
        }
        if condition.basis != .none {
            var cache: [SectorKind: SeatPower] = [:]
            var swingMass: [SectorCode: Double] = [:]
            for sector in condition.sectors {
                let kind = SectorKind(seats: condition.seats[sector]!, required: condition.requiredSectors.contains(sector))
                let seat = cache[kind] ?? Self.seatPower(of: sector, condition)
                cache[kind] = seat
                swingMass[sector] = Double(kind.seats) * seat.swings
                shapley[sector] = Double(kind.seats) * seat.pivotal
            }
            // Summed in display order: a dictionary's order changes from run to run, and
            // floating-point sums in another order could differ in the last digit.
            let allSwings = condition.sectors.reduce(0) { $0 + swingMass[$1]! }
            for (sector, mass) in swingMass where allSwings > 0 { banzhaf[sector] = mass / allSwings }
        }
        self.banzhaf = banzhaf
        self.shapleyShubik = shapley
    }

    /// Sectors with as many seats and the same requirement have seats of equal power.
    private struct SectorKind: Hashable {
        let seats: Int
        let required: Bool
    }

    /// What one seat of a sector is worth.
    private struct SeatPower {
        /// Its swings, in units of C(n−1, q−1) sets: a unit shared by every seat, which the
        /// normalisation cancels, and which keeps the numbers near 1 for any forum size.
        let swings: Double
        /// Its Shapley–Shubik value.
        let pivotal: Double
    }

    private static func seatPower(of sector: SectorCode, _ condition: WinningCondition) -> SeatPower {
        let n = condition.totalSeats
        let q = condition.quota
        let own = condition.seats[sector]!
        let others = profile(excluding: sector, condition)
        let m = others.size
        // (a) q − 1 seats in favour drawn from the other sectors and from this sector's
        // own − 1 other seats. Among sets of one size, a fraction is a swing: as a share of
        // C(n−1, q−1) for Banzhaf, and averaged over sizes (each 1/n) for Shapley–Shubik.
        let exact = others.chanceMet(drawing: q - 1, alongside: .free(own - 1))
        var swings = exact
        var pivotal = exact
        // (b) larger sets without this sector's seats, when the rule requires it. A set of
        // s seats from the m others is C(m,s)/C(n−1,s) of the sets of size s and
        // C(m,s)/C(n−1,q−1) of the Banzhaf unit; both ratios are built as products of
        // factors ≤ 1, never as huge binomials.
        if condition.requiredSectors.contains(sector), q <= m {
            var shareOfSize = 1.0  // C(m, s) / C(n−1, s), at s = q − 1 first
            for i in 0..<(q - 1) { shareOfSize *= Double(m - i) / Double(n - 1 - i) }
            var shareOfUnit = shareOfSize * Double(m - q + 1) / Double(q)  // C(m, q) / C(n−1, q−1)
            shareOfSize *= Double(m - q + 1) / Double(n - q)  // C(m, q) / C(n−1, q)
            for s in q...m {
                swings += shareOfUnit * others.metAt[s]
                pivotal += shareOfSize * others.metAt[s]
                guard s < m else { break }
                shareOfUnit *= Double(m - s) / Double(s + 1)
                shareOfSize *= Double(m - s) / Double(n - 1 - s)
            }
        }
        return SeatPower(swings: swings, pivotal: pivotal / Double(n))
    }

    /// The requirement profile of the voting seats outside `sector`. Its own requirement is
    /// met by the seat whose power is measured, so only the other sectors' count here.
    private static func profile(excluding sector: SectorCode, _ condition: WinningCondition) -> RequirementProfile {
        let others = condition.sectors.filter { $0 != sector }
        let freeSeats = others.filter { !condition.requiredSectors.contains($0) }
            .reduce(0) { $0 + condition.seats[$1]! }
        return others.filter { condition.requiredSectors.contains($0) }
            .reduce(RequirementProfile.free(freeSeats)) { $0.merged(with: .required(condition.seats[$1]!)) }
    }
}

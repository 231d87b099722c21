import Foundation

/// The Banzhaf and Shapley–Shubik indices of a forum's seats, summed per sector
/// (product.md §5).
///
/// Seats of one sector are interchangeable under any rule of §4, so the work is done once
/// per sector, by counts: for a seat of sector t, its swings are the sets S of other seats
/// that lose while S plus the seat wins. Under a quota q with required sectors R that is
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
        let seatPower = condition.basis == .none ? [:] : Self.seatPower(condition)
        // ln(n_t · η_t): a sector's share of all swings, kept in logs until normalised,
        // because under a two-thirds quota in a large forum each η is astronomically small.
        let logSwingMass = seatPower.mapValues { $0.logSwing + log(Double(condition.seats[$0.sector]!)) }
        let logTotal = logSumExp(logSwingMass.values)
        for sector in condition.sectors {
            let n = Double(condition.seats[sector]!)
            banzhaf[sector] = logTotal > -.infinity ? exp((logSwingMass[sector] ?? -.infinity) - logTotal) : 0
            shapley[sector] = n * (seatPower[sector]?.pivotal ?? 0)
        }
        self.banzhaf = banzhaf
        self.shapleyShubik = shapley
    }

    /// What one seat of a sector is worth.
    struct SeatPower {
        let sector: SectorCode
        /// ln of the share of the 2^(n−1) sets of other seats that the seat swings.
        let logSwing: Double
        /// The seat's Shapley–Shubik value.
        let pivotal: Double
    }

    static func seatPower(_ condition: WinningCondition) -> [SectorCode: SeatPower] {
        let n = condition.totalSeats
        let q = condition.quota
        let binomial = LogBinomial(upTo: n)
        var result: [SectorCode: SeatPower] = [:]
        for sector in condition.sectors {
            let own = condition.seats[sector]!
            let others = otherSectorsProfile(excluding: sector, condition, binomial)
            let m = others.size  // = n − own
            // (a) exactly q − 1 others in favour, drawn from the other sectors and from the
            // own − 1 other seats of this sector, meeting the other sectors' requirements.
            let exact = others.chanceMet(drawing: q - 1, alongside: .free(own - 1), binomial)
            var pivotal = exact
            var logSwing = exact > 0 ? binomial.logCoinProbability(n - 1, q - 1) + log(exact) : -.infinity
            // (b) larger sets that lack this sector, when the rule requires it.
            if condition.requiredSectors.contains(sector), q <= m {
                var logTail: [Double] = []
                for size in q...m where others.metAt[size] > 0 {
                    let met = others.metAt[size]
                    pivotal += met * exp(binomial.logChoose(m, size) - binomial.logChoose(n - 1, size))
                    logTail.append(binomial.logCoinProbability(m, size) + log(met))
                }
                // A set without this sector's other own − 1 seats: a factor 2^−(own−1).
                logSwing = logSumExp(logSwing, logSumExp(logTail) - Double(own - 1) * M_LN2)
            }
            // Shapley–Shubik: each set size of the others is equally likely, 1/n each.
            result[sector] = SeatPower(sector: sector, logSwing: logSwing, pivotal: pivotal / Double(n))
        }
        return result
    }

    /// The requirement profile of every voting seat outside `sector`: its own requirement
    /// is met by the seat whose power is measured, so only the others' count here.
    private static func otherSectorsProfile(
        excluding sector: SectorCode, _ condition: WinningCondition, _ binomial: LogBinomial
    ) -> RequirementProfile {
        let others = condition.sectors.filter { $0 != sector }
        let freeSeats = others.filter { !condition.requiredSectors.contains($0) }
            .reduce(0) { $0 + condition.seats[$1]! }
        return others.filter { condition.requiredSectors.contains($0) }
            .reduce(RequirementProfile.free(freeSeats)) {
                $0.merged(with: .required(condition.seats[$1]!), binomial)
            }
    }
}

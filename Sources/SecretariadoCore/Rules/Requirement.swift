import Foundation

/// One condition of a decision rule that a vote did not meet, with the numbers that
/// show why, so that the outcome can say exactly what was missing.
public enum Requirement: Hashable, Sendable {
    /// Quorum: more than `moreThan` of the `seats` voting seats had to be present.
    case quorumSeats(present: Int, seats: Int, moreThan: Fraction)
    /// Quorum: at least one seat of this voting sector had to be present.
    case quorumSector(SectorCode)
    /// Consensus: at least one seat had to vote a favor.
    case consensusInFavor
    /// Consensus: no seat could vote en contra.
    case consensusNoneAgainst(enContra: Int)
    /// Majority: a-favor votes had to exceed the threshold fraction of the base.
    case majorityThreshold(
        aFavor: Int, base: Int, baseKind: DecisionRule.Base, threshold: DecisionRule.Threshold)
    /// Majority: the sector had to give at least one a-favor vote (`requireSectors` or
    /// `requireEverySector`).
    case sectorInFavor(SectorCode)

    /// The step this requirement belongs to.
    public var step: DecisionStep {
        switch self {
        case .quorumSeats, .quorumSector: .quorum
        case .consensusInFavor, .consensusNoneAgainst: .consensus
        case .majorityThreshold, .sectorInFavor: .majority
        }
    }

    /// What failed, as a clause that fits after "No adoptado: ": lowercase, no final stop.
    public var explanation: Localized {
        switch self {
        case .quorumSeats(let present, let seats, let fraction):
            let part = Wording.fraction(fraction)
            return Localized(
                es:
                    "\(present == 1 ? "está presente" : "están presentes") \(present) de \(Wording.count(seats, "asiento", "asientos")) con voto y se requiere más de \(part.es)",
                en:
                    "\(present) of \(Wording.count(seats, "voting seat", "voting seats")) \(present == 1 ? "is" : "are") present and more than \(part.en) must be"
            )
        case .quorumSector(let sector):
            let name = Wording.sector(sector)
            return Localized(
                es: "no está presente ningún asiento de \(name.es)",
                en: "no seat of \(name.en) is present")
        case .consensusInFavor:
            return Localized(es: "no hubo ningún voto a favor", en: "there was no vote in favour")
        case .consensusNoneAgainst(let enContra):
            return Localized(
                es: "hubo \(Wording.count(enContra, "voto", "votos")) en contra",
                en: "there \(enContra == 1 ? "was" : "were") \(Wording.count(enContra, "vote", "votes")) against")
        case .majorityThreshold(let aFavor, let base, let baseKind, let threshold):
            let needed = threshold.fraction.smallestCountExceeding(base)
            let part = Wording.fraction(threshold.fraction)
            let of = Self.ofBase(base, baseKind)
            return Localized(
                es: "la mayoría requiere al menos \(Wording.count(needed, "voto", "votos")) a favor (más de \(part.es) \(of.es)) y hubo \(aFavor)",
                en:
                    "a majority needs at least \(Wording.count(needed, "vote", "votes")) in favour (more than \(part.en) \(of.en)) and there \(aFavor == 1 ? "was" : "were") \(aFavor)"
            )
        case .sectorInFavor(let sector):
            let name = Wording.sector(sector)
            return Localized(
                es: "la mayoría requiere al menos un voto a favor de \(name.es) y no hubo ninguno",
                en: "a majority needs at least one vote in favour from \(name.en) and there was none")
        }
    }

    /// "de los 7 asientos presentes", "del único asiento presente", "de los 9 asientos del foro".
    static func ofBase(_ base: Int, _ kind: DecisionRule.Base) -> Localized {
        switch kind {
        case .present:
            Localized(
                es: base == 1 ? "del único asiento presente" : "de los \(base) asientos presentes",
                en: base == 1 ? "of the one seat present" : "of the \(base) seats present")
        case .all:
            Localized(
                es: base == 1 ? "del único asiento del foro" : "de los \(base) asientos del foro",
                en: base == 1 ? "of the forum's one seat" : "of the forum's \(base) seats")
        }
    }
}

import Foundation

/// The votes of one session, by voting sector, after discarding what must not count.
public struct Tally: Hashable, Sendable {
    /// Voting sectors with at least one seat, in display order (guide sectors first).
    public let sectors: [SectorCode]
    public let bySector: [SectorCode: VoteCounts]
    public let total: VoteCounts
    /// Ballots that did not count, each with the reason, so the outcome can say so.
    public let ignored: [IgnoredBallot]

    /// Tallies one ballot per seat. Seats of `nonVotingSectors` and of the facilitator never
    /// vote; a repeated seat id counts only the first time.
    public init(_ ballots: [SeatBallot], nonVotingSectors: Set<SectorCode> = []) {
        var bySector: [SectorCode: VoteCounts] = [:]
        var total = VoteCounts()
        var ignored: [IgnoredBallot] = []
        var seen: Set<String> = []
        for ballot in ballots {
            let sector = ballot.seat.sector
            if !seen.insert(ballot.seat.id).inserted {
                ignored.append(IgnoredBallot(ballot: ballot, reason: .duplicateSeat))
                continue
            }
            if nonVotingSectors.contains(sector) || sector.isFacilitation {
                if ballot.vote != nil {
                    ignored.append(IgnoredBallot(ballot: ballot, reason: .nonVotingSector))
                }
                continue
            }
            if !ballot.attendance.isPresent, ballot.vote != nil {
                ignored.append(IgnoredBallot(ballot: ballot, reason: .absentSeat))
            }
            bySector[sector, default: VoteCounts()].record(ballot.attendance, ballot.vote)
            total.record(ballot.attendance, ballot.vote)
        }
        self.sectors = bySector.keys.sorted()
        self.bySector = bySector
        self.total = total
        self.ignored = ignored
    }

    /// The counts of a sector; zero for a sector without voting seats.
    public subscript(sector: SectorCode) -> VoteCounts { bySector[sector] ?? VoteCounts() }
}

/// A ballot the tally did not count.
public struct IgnoredBallot: Hashable, Sendable {
    public enum Reason: String, Hashable, Sendable {
        /// A vote was recorded for a seat whose titular and suplente were both absent.
        case absentSeat = "absent_seat"
        /// The seat's sector does not vote (observers, the facilitator).
        case nonVotingSector = "non_voting_sector"
        /// The same seat appeared twice; only its first ballot counts.
        case duplicateSeat = "duplicate_seat"
    }

    public var ballot: SeatBallot
    public var reason: Reason
}

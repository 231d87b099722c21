import Foundation

/// How the seats of one sector (or of the whole forum) attended and voted.
public struct VoteCounts: Hashable, Sendable {
    public var seats = 0
    public var present = 0
    /// Present seats whose suplente stood in for the titular.
    public var bySuplente = 0
    public var aFavor = 0
    public var enContra = 0
    public var abstencion = 0
    /// Present seats that cast no vote: they count for quorum and the base, nothing else.
    public var noVote = 0

    public init() {}

    public var absent: Int { seats - present }

    /// Counts one seat; the vote of an absent seat is not counted (the tally records why).
    mutating func record(_ attendance: Attendance, _ vote: VoteOption?) {
        seats += 1
        guard attendance.isPresent else { return }
        present += 1
        if attendance == .suplente { bySuplente += 1 }
        switch vote {
        case .aFavor: aFavor += 1
        case .enContra: enContra += 1
        case .abstencion: abstencion += 1
        case nil: noVote += 1
        }
    }

    public func count(of option: VoteOption) -> Int {
        switch option {
        case .aFavor: aFavor
        case .enContra: enContra
        case .abstencion: abstencion
        }
    }
}

import Foundation

/// One seat of a forum: it belongs to one sector and is filled by a titular and,
/// optionally, a suplente. The id is whatever the app uses to tell seats
/// apart (a database id, "gobierno-1").
public struct Seat: Hashable, Codable, Sendable {
    public var id: String
    public var sector: SectorCode

    public init(id: String, sector: SectorCode) {
        self.id = id
        self.sector = sector
    }
}

/// What happened at one seat during a vote: who attended and what they chose.
///
/// `vote == nil` means nobody cast a vote for the seat. A vote recorded for an absent seat,
/// or for a seat of a non-voting sector, is kept here as recorded so that the engine can
/// say it ignored it rather than silently drop it.
public struct SeatBallot: Hashable, Sendable {
    public var seat: Seat
    public var attendance: Attendance
    public var vote: VoteOption?

    public init(seat: Seat, attendance: Attendance, vote: VoteOption? = nil) {
        self.seat = seat
        self.attendance = attendance
        self.vote = vote
    }

    /// Shorthand for tests and fixtures: `SeatBallot("gobierno-1", .gobierno, .titular, .aFavor)`.
    public init(_ id: String, _ sector: SectorCode, _ attendance: Attendance, _ vote: VoteOption?) {
        self.init(seat: Seat(id: id, sector: sector), attendance: attendance, vote: vote)
    }
}

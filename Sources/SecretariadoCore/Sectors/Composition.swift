import Foundation

/// Titular seats per sector of one forum: what Tabla 2 records and what the balance and
/// voting-power rules reason about.
public struct Composition: Hashable, Codable, Sendable {
    public var seats: [SectorCode: Int]
    /// Sectors whose seats sit but do not vote (observers).
    public var nonVoting: Set<SectorCode>

    public init(seats: [SectorCode: Int], nonVoting: Set<SectorCode> = []) {
        self.seats = seats
        self.nonVoting = nonVoting
    }

    public func count(_ sector: SectorCode) -> Int { seats[sector] ?? 0 }

    public var totalSeats: Int { seats.values.reduce(0, +) }

    /// Sectors with at least one voting seat, guide sectors first.
    public var votingSectors: [SectorCode] {
        seats.filter { $0.value > 0 && !nonVoting.contains($0.key) }.map(\.key).sorted()
    }

    public var votingSeats: Int { votingSectors.reduce(0) { $0 + count($1) } }
}

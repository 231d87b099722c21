import SecretariadoCore
import XCTest

/// The engine against a second, deliberately plain reading of the decision rules (quorum,
/// consensus where no seat votes en contra, the majority fallback with its threshold, base
/// and sector requirements), on thousands of random sessions of every Tabla 2 forum under every kind of rule.
final class DecisionEngineReferenceTests: XCTestCase {
    func testRandomSessionsAgreeWithAPlainReadingOfTheRules() {
        var random = SeededGenerator(seed: 42)
        let attendances: [Attendance] = [.titular, .titular, .titular, .suplente, .absent]
        let votes: [VoteOption?] = [.aFavor, .aFavor, .enContra, .abstencion, nil]
        var seen: Set<String> = []
        for forum in Tabla.dos {
            for rule in rules(forum) {
                for _ in 0..<60 {
                    var session: [SeatBallot] = []
                    for (sector, count) in forum.seats.sorted(by: { $0.key < $1.key }) {
                        for i in 0..<count {
                            session.append(
                                SeatBallot(
                                    "\(sector.rawValue)-\(i)", sector,
                                    attendances.randomElement(using: &random)!,
                                    votes.randomElement(using: &random)!))
                        }
                    }
                    let outcome = DecisionEngine.decide(session, rule: rule)
                    let expected = plainReading(session, rule)
                    XCTAssertEqual(outcome.result, expected.result, "\(forum.name) \(rule) \(session)")
                    XCTAssertEqual(outcome.decidedBy, expected.step, "\(forum.name) \(rule) \(session)")
                    seen.insert("\(outcome.result) by \(outcome.decidedBy)")
                }
            }
        }
        // The random sessions reach every way a motion can end.
        XCTAssertEqual(
            seen,
            [
                "noQuorum by quorum", "adopted by consensus", "notAdopted by consensus",
                "adopted by majority", "notAdopted by majority",
            ])
    }

    private func rules(_ forum: Tabla.Forum) -> [DecisionRule] {
        [
            forum.rule,
            DecisionRule(kind: .majority, threshold: .twoThirds, base: .all),
            DecisionRule(kind: .consensusThenMajority, requireEverySector: true),
            DecisionRule(kind: .consensus),
        ]
    }

    /// §4 read literally: a seat votes through whoever of it is present; quorum is more
    /// than half of the seats and one seat per sector; consensus is ≥ 1 a favor and none en
    /// contra; a majority exceeds the threshold of the base with the required sectors.
    private func plainReading(_ session: [SeatBallot], _ rule: DecisionRule) -> (result: Outcome.Result, step: DecisionStep) {
        let present = session.filter { $0.attendance != .absent }
        let sectors = Set(session.map(\.seat.sector))
        let hasQuorum =
            2 * present.count > session.count
            && sectors.allSatisfy { sector in present.contains { $0.seat.sector == sector } }
        guard hasQuorum else { return (.noQuorum, .quorum) }
        let inFavour = present.filter { $0.vote == .aFavor }
        let against = present.filter { $0.vote == .enContra }
        if rule.kind != .majority {
            if !inFavour.isEmpty && against.isEmpty { return (.adopted, .consensus) }
            if rule.kind == .consensus { return (.notAdopted, .consensus) }
        }
        let base = rule.base == .all ? session.count : present.count
        let exceeds = rule.threshold == .simple ? 2 * inFavour.count > base : 3 * inFavour.count > 2 * base
        let required = rule.requireEverySector ? sectors : Set(rule.requireSectors)
        let sectorsMet = required.allSatisfy { sector in inFavour.contains { $0.seat.sector == sector } }
        return (exceeds && sectorsMet ? .adopted : .notAdopted, .majority)
    }
}

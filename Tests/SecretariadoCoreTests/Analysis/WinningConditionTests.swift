import SecretariadoCore
import XCTest

/// The analysis' notion of a winning set is what the decision engine adopts when every
/// seat is present, the set votes a favor and everyone else votes en contra.
final class WinningConditionTests: XCTestCase {
    func testWinningSetsAreExactlyWhatTheEngineAdoptsForEveryTablaForumAndRule() {
        for forum in Tabla.dos + [Tabla.uno[0], Tabla.uno[2]] {
            for rule in rules(forum) {
                let condition = WinningCondition(composition: forum.composition, rule: rule)
                forEachCount(of: forum) { inFavour in
                    let outcome = DecisionEngine.decide(
                        session(forum, inFavour), rule: rule, nonVotingSectors: forum.observers)
                    XCTAssertEqual(
                        condition.isWinning(inFavour), outcome.isAdopted,
                        "\(forum.name) \(rule) \(inFavour)")
                }
            }
        }
    }

    func testQuotaIsTheFewestSeatsExceedingTheThreshold() {
        let seven = Composition(seats: [.gobierno: 3, .sociedadCivil: 3, .organismoGarante: 1])

        XCTAssertEqual(WinningCondition(composition: seven, rule: DecisionRule(kind: .majority)).quota, 4)
        XCTAssertEqual(WinningCondition(composition: seven, rule: DecisionRule(kind: .majority, threshold: .twoThirds)).quota, 5)
        XCTAssertEqual(WinningCondition(composition: seven, rule: DecisionRule(kind: .consensus)).quota, 7)
    }

    func testQuorumThatCannotBeMetLeavesNoWinningSet() {
        var rule = DecisionRule(kind: .consensusThenMajority)
        rule.quorum = QuorumRule(moreThanFraction: Fraction(1, 1))

        let condition = WinningCondition(composition: Tabla.named("Durango").composition, rule: rule)

        XCTAssertEqual(condition.basis, .none)
        XCTAssertTrue(condition.quorumUnreachable)
    }

    private func rules(_ forum: Tabla.Forum) -> [DecisionRule] {
        [
            forum.rule,
            DecisionRule(kind: .consensus),
            DecisionRule(kind: .majority, threshold: .twoThirds, requireSectors: [.sociedadCivil]),
            DecisionRule(kind: .consensusThenMajority, base: .all, requireEverySector: true),
            DecisionRule(kind: .consensusThenMajority, requireSectors: ["academia"]),
        ]
    }

    /// Every vector of a-favor counts per voting sector.
    private func forEachCount(of forum: Tabla.Forum, _ body: ([SectorCode: Int]) -> Void) {
        let sectors = forum.composition.votingSectors
        var counts = [Int](repeating: 0, count: sectors.count)
        while true {
            body(Dictionary(uniqueKeysWithValues: zip(sectors, counts)))
            guard let k = counts.indices.first(where: { counts[$0] < forum.seats[sectors[$0]]! }) else { return }
            for lower in 0..<k { counts[lower] = 0 }
            counts[k] += 1
        }
    }

    /// Everyone present; `inFavour[s]` seats of s vote a favor, the rest en contra.
    private func session(_ forum: Tabla.Forum, _ inFavour: [SectorCode: Int]) -> [SeatBallot] {
        forum.seats.flatMap { sector, count in
            (0..<count).map { i in
                SeatBallot("\(sector.rawValue)-\(i)", sector, .titular, i < (inFavour[sector] ?? 0) ? .aFavor : .enContra)
            }
        }
    }
}

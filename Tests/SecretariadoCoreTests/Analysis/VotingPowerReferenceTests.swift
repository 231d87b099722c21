import SecretariadoCore
import XCTest

/// The analysis against the independent brute-force reference, on every forum of the
/// guide's tables and on many other compositions and rules.
final class VotingPowerReferenceTests: XCTestCase {
    func testEveryTablaDosForumMatchesEnumerationOfAllSeatSets() {
        for forum in Tabla.dos {
            let analysis = ForumAnalysis(composition: forum.composition, rule: forum.rule)
            let reference = BruteForceForum(forum.composition, forum.rule).bySets()
            assertMatches(analysis, reference, forum.name)
            assertIndicesAreDistributions(analysis, forum.name)
        }
    }

    func testEveryTablaDosForumMatchesShapleyShubikByOrderings() {
        for forum in Tabla.dos where forum.composition.totalSeats <= 8 {
            let analysis = ForumAnalysis(composition: forum.composition, rule: forum.rule)
            let orderings = BruteForceForum(forum.composition, forum.rule).shapleyByOrderings()
            for (sector, expected) in orderings {
                XCTAssertEqual(analysis.power.shapleyShubik[sector]!, expected, accuracy: 1e-12, "\(forum.name) \(sector)")
            }
        }
    }

    func testEveryTablaDosCompositionUnderEveryRuleVariantMatchesEnumeration() {
        for forum in Tabla.dos {
            for rule in ruleVariants(of: forum.seats.keys.sorted()) {
                let analysis = ForumAnalysis(composition: forum.composition, rule: rule)
                let reference = BruteForceForum(forum.composition, rule).bySets()
                assertMatches(analysis, reference, "\(forum.name) \(rule)")
                assertIndicesAreDistributions(analysis, "\(forum.name) \(rule)")
            }
        }
    }

    func testMexicanTripartiteSecretariatAndPeruMatchEnumerationWithObserversAsDummySeats() {
        for forum in Tabla.uno where forum.composition.totalSeats <= 20 {
            let analysis = ForumAnalysis(composition: forum.composition, rule: forum.rule)
            let reference = BruteForceForum(forum.composition, forum.rule).bySets()
            assertMatches(analysis, reference, forum.name)
        }
    }

    func testSierraLeoneAndBrazilMatchCountingByPerSectorVectors() {
        for forum in Tabla.uno where forum.composition.totalSeats > 20 {
            for rule in ruleVariants(of: forum.seats.keys.sorted()) {
                let analysis = ForumAnalysis(composition: forum.composition, rule: rule)
                let reference = BruteForceForum(forum.composition, rule).byCounts()
                assertMatches(analysis, reference, "\(forum.name) \(rule)")
            }
        }
    }

    func testCountingByVectorsAgreesWithEnumeratingSetsOnTablaDos() {
        // Validates the reference used for the large forums against the plainest one.
        for forum in Tabla.dos {
            let reference = BruteForceForum(forum.composition, forum.rule)
            let sets = reference.bySets()
            let vectors = reference.byCounts()
            for sector in forum.seats.keys {
                XCTAssertEqual(sets.banzhaf[sector]!, vectors.banzhaf[sector]!, accuracy: 1e-12)
                XCTAssertEqual(sets.shapleyShubik[sector]!, vectors.shapleyShubik[sector]!, accuracy: 1e-12)
            }
            XCTAssertEqual(sets.dominant, vectors.dominant, forum.name)
            XCTAssertEqual(sets.veto, vectors.veto, forum.name)
        }
    }

    func testRandomCompositionsAndRulesMatchEnumeration() {
        var random = SeededGenerator(seed: 2017)
        let pool: [SectorCode] = [.gobierno, .sociedadCivil, .organismoGarante, "academia", "camaras"]
        for case_ in 0..<250 {
            var seats: [SectorCode: Int] = [:]
            for sector in pool.shuffled(using: &random).prefix(Int.random(in: 1...5, using: &random)) {
                seats[sector] = Int.random(in: 0...5, using: &random)
            }
            while seats.values.reduce(0, +) > 14 { seats[seats.max { $0.value < $1.value }!.key]! -= 1 }
            let observers = Set(seats.keys.filter { _ in Int.random(in: 0..<5, using: &random) == 0 })
            let composition = Composition(seats: seats, nonVoting: observers)
            let rules = ruleVariants(of: seats.keys.sorted())
            let rule = rules[Int.random(in: 0..<rules.count, using: &random)]
            let analysis = ForumAnalysis(composition: composition, rule: rule)
            let reference = BruteForceForum(composition, rule).bySets()
            assertMatches(analysis, reference, "case \(case_): \(seats) observers \(observers) \(rule)")
            assertIndicesAreDistributions(analysis, "case \(case_)")
        }
    }

    func testThreeHundredSeatForumMatchesCountingByVectors() {
        let composition = Composition(seats: [.gobierno: 150, .sociedadCivil: 140, .organismoGarante: 10])
        for rule in [
            DecisionRule(kind: .consensusThenMajority),
            DecisionRule(kind: .consensusThenMajority, requireSectors: [.organismoGarante]),
            DecisionRule(kind: .majority, threshold: .twoThirds, requireEverySector: true),
        ] {
            let analysis = ForumAnalysis(composition: composition, rule: rule)
            let reference = BruteForceForum(composition, rule).byCounts()
            assertMatches(analysis, reference, "150/140/10 \(rule)")
            assertIndicesAreDistributions(analysis, "150/140/10 \(rule)")
        }
    }

    func testThousandSeatForumWithEverySectorRequiredMatchesCountingByVectors() {
        let composition = Composition(seats: [.gobierno: 600, .sociedadCivil: 399, .organismoGarante: 1])
        let rule = DecisionRule(kind: .consensusThenMajority, threshold: .twoThirds, requireEverySector: true)
        let analysis = ForumAnalysis(composition: composition, rule: rule)
        let reference = BruteForceForum(composition, rule).byCounts()
        assertMatches(analysis, reference, "600/399/1")
    }

    /// The rules of §4 a forum could adopt: every kind, both thresholds, both bases, each
    /// sector required alone, every sector required.
    private func ruleVariants(of sectors: [SectorCode]) -> [DecisionRule] {
        var rules: [DecisionRule] = []
        for kind in DecisionRule.Kind.allCases {
            for threshold in DecisionRule.Threshold.allCases {
                rules.append(DecisionRule(kind: kind, threshold: threshold))
                rules.append(DecisionRule(kind: kind, threshold: threshold, base: .all, requireEverySector: true))
                for sector in sectors {
                    rules.append(DecisionRule(kind: kind, threshold: threshold, requireSectors: [sector]))
                }
            }
        }
        return rules
    }
}

import SecretariadoCore
import XCTest

/// Forums that cannot work as written, tiny and huge forums, and seats that must not vote.
final class AnalysisEdgeCaseTests: XCTestCase {
    private let seatsWithEmptyAcademia: [SectorCode: Int] = [.gobierno: 2, .sociedadCivil: 2, .organismoGarante: 1, "academia": 0]

    func testMajorityRequiringASectorWithoutSeatsCanAdoptNothing() {
        let rule = DecisionRule(kind: .majority, requireSectors: ["academia"])

        let analysis = ForumAnalysis(composition: Composition(seats: seatsWithEmptyAcademia), rule: rule)

        XCTAssertEqual(analysis.winningCondition.basis, .none)
        XCTAssertEqual(analysis.power.banzhaf, [.gobierno: 0, .sociedadCivil: 0, .organismoGarante: 0, "academia": 0])
        XCTAssertEqual(analysis.power.shapleyShubik, analysis.power.banzhaf)
        XCTAssertEqual(analysis.dominantSectors, [])
        XCTAssertEqual(analysis.vetoSectors, [])
        XCTAssertEqual(analysis.findings.map(\.code), ["no_winning_coalition"])
        XCTAssertEqual(
            analysis.findings[0].message.es,
            "La mayoría exige al menos un voto a favor de academia, que no tiene asientos con voto, así que con esta regla no se puede adoptar ninguna decisión."
        )
    }

    func testConsensusThenMajorityRequiringASectorWithoutSeatsFallsBackToUnanimity() {
        let rule = DecisionRule(kind: .consensusThenMajority, requireSectors: ["academia"])

        let analysis = ForumAnalysis(composition: Composition(seats: seatsWithEmptyAcademia), rule: rule)

        XCTAssertEqual(analysis.winningCondition.basis, .unanimity)
        XCTAssertEqual(analysis.vetoSectors, [.gobierno, .sociedadCivil, .organismoGarante])
        XCTAssertEqual(analysis.power.banzhaf[.gobierno]!, 0.4, accuracy: 1e-12)
        XCTAssertEqual(analysis.findings.map(\.code), ["majority_unreachable"])
    }

    func testRequiringAnObserverSectorCanAdoptNothing() {
        var peru = Tabla.uno[2]
        peru.rule = DecisionRule(kind: .majority, requireSectors: ["contraloria"])

        let analysis = ForumAnalysis(composition: peru.composition, rule: peru.rule)

        XCTAssertEqual(analysis.winningCondition.unmeetableSectors, ["contraloria"])
        XCTAssertTrue(analysis.findings.contains { $0.code == "no_winning_coalition" })
    }

    func testForumWithoutSeatsCanAdoptNothing() {
        let analysis = ForumAnalysis(composition: Composition(seats: [.gobierno: 0, .sociedadCivil: 0]), rule: Tabla.consensusThenMajority)

        XCTAssertEqual(analysis.power.banzhaf, [.gobierno: 0, .sociedadCivil: 0])
        XCTAssertEqual(
            analysis.findings.first?.message.es,
            "Ningún asiento tiene voto, así que este foro no puede adoptar ninguna decisión.")
    }

    func testOneSeatForumHasAllThePower() {
        let analysis = ForumAnalysis(composition: Composition(seats: [.gobierno: 1]), rule: Tabla.consensusThenMajority)

        XCTAssertEqual(analysis.power.banzhaf, [.gobierno: 1])
        XCTAssertEqual(analysis.power.shapleyShubik, [.gobierno: 1])
        XCTAssertEqual(analysis.dominantSectors, [.gobierno])
        XCTAssertEqual(analysis.vetoSectors, [.gobierno])
        XCTAssertEqual(analysis.findings.map(\.code), ["dominant_sector", "unbalanced"])
        XCTAssertEqual(analysis.findings[0].message.es, "Gobierno es el único sector con voto, así que decide solo.")
    }

    func testFacilitatorCountedAsAVoterIsAnError() {
        let seats: [SectorCode: Int] = [.gobierno: 1, .sociedadCivil: 1, .organismoGarante: 1, "facilitador": 1]

        let analysis = ForumAnalysis(composition: Composition(seats: seats), rule: Tabla.consensusThenMajority)

        XCTAssertEqual(analysis.findings.first?.code, "facilitator_votes")
        XCTAssertEqual(analysis.findings.first?.severity, .error)
        XCTAssertEqual(analysis.power.banzhaf["facilitador"]!, 0.25, accuracy: 1e-12)
    }

    func testFacilitatorDeclaredNonVotingHasNoPowerAndNoFinding() {
        let seats: [SectorCode: Int] = [.gobierno: 1, .sociedadCivil: 1, .organismoGarante: 1, "facilitador": 1]

        let analysis = ForumAnalysis(composition: Composition(seats: seats, nonVoting: ["facilitador"]), rule: Tabla.consensusThenMajority)

        XCTAssertEqual(analysis.findings, [])
        XCTAssertEqual(analysis.power.banzhaf["facilitador"], 0)
    }

    func testLargestAllowedForumGivesEachSeatItsShareWhenRequirementsAreAlwaysMet() {
        // With thousands of seats per sector, a set of two thirds of them lacking a whole
        // sector is so unlikely that every seat weighs the same to twelve digits.
        let composition = Composition(seats: [.gobierno: 3_334, .sociedadCivil: 3_333, .organismoGarante: 3_333])
        let rule = DecisionRule(kind: .consensusThenMajority, threshold: .twoThirds, requireEverySector: true)

        let analysis = ForumAnalysis(composition: composition, rule: rule)

        XCTAssertEqual(analysis.power.banzhaf[.gobierno]!, 0.3334, accuracy: 1e-12)
        XCTAssertEqual(analysis.power.shapleyShubik[.organismoGarante]!, 0.3333, accuracy: 1e-12)
        XCTAssertEqual(analysis.vetoSectors, [.gobierno, .sociedadCivil, .organismoGarante])
    }

    func testOneRequiredSeatAmongManyHoldsAVetoAndMorePowerThanItsShare() {
        let composition = Composition(seats: [.gobierno: 400, .sociedadCivil: 399, "academia": 200, .organismoGarante: 1])
        let rule = DecisionRule(kind: .consensusThenMajority, requireSectors: [.organismoGarante])

        let analysis = ForumAnalysis(composition: composition, rule: rule)

        XCTAssertEqual(analysis.vetoSectors, [.organismoGarante])
        XCTAssertGreaterThan(analysis.power.shapleyShubik[.organismoGarante]!, 0.4)
        assertIndicesAreDistributions(analysis, "400/399/200/1")
    }
}

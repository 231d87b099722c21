import SecretariadoCore
import XCTest

/// Hand-checked analyses of the guide's forums. Where no seat is singled out by a
/// requirement, every seat weighs the same, so each sector's index is its share of seats.
final class TablaForumAnalysisTests: XCTestCase {
    private func analyse(_ forum: Tabla.Forum) -> ForumAnalysis {
        ForumAnalysis(composition: forum.composition, rule: forum.rule)
    }

    private func assertIndices(
        _ analysis: ForumAnalysis, _ expected: [SectorCode: Double],
        file: StaticString = #filePath, line: UInt = #line
    ) {
        for (sector, value) in expected {
            XCTAssertEqual(analysis.power.banzhaf[sector]!, value, accuracy: 1e-12, "Banzhaf \(sector)", file: file, line: line)
            XCTAssertEqual(analysis.power.shapleyShubik[sector]!, value, accuracy: 1e-12, "Shapley \(sector)", file: file, line: line)
        }
    }

    func testZacatecasGovernmentDecidesAloneAndTheCompositionIsUnbalanced() {
        let analysis = analyse(Tabla.named("Zacatecas"))

        XCTAssertFalse(analysis.balanced)
        XCTAssertEqual(analysis.dominantSectors, [.gobierno])  // 5 of 7 is more than half
        XCTAssertEqual(analysis.vetoSectors, [.gobierno])  // the other 2 seats never reach 4
        assertIndices(analysis, [.gobierno: 5.0 / 7, .sociedadCivil: 1.0 / 7, .organismoGarante: 1.0 / 7])
        XCTAssertEqual(analysis.findings.map(\.code), ["dominant_sector", "unbalanced", "exclusive_veto"])
        XCTAssertEqual(
            analysis.findings[0].message.es,
            "Gobierno puede decidir solo: sus 5 de 7 asientos con voto superan la mitad y adoptan una decisión por mayoría aunque todos los demás voten en contra."
        )
    }

    func testJaliscoCivilSocietyHasTheOnlyVeto() {
        let analysis = analyse(Tabla.named("Jalisco"))

        XCTAssertTrue(analysis.balanced)
        XCTAssertEqual(analysis.dominantSectors, [])
        XCTAssertEqual(analysis.vetoSectors, [.sociedadCivil])
        XCTAssertEqual(analysis.findings.map(\.code), ["exclusive_veto"])
        XCTAssertEqual(analysis.findings[0].severity, .warning)
        XCTAssertEqual(
            analysis.findings[0].message.es,
            "Sociedad civil tiene veto: sin al menos uno de sus votos a favor no se puede adoptar ninguna decisión, porque la regla exige al menos un voto a favor suyo. Gobierno y organismo garante no tienen ese poder."
        )
        XCTAssertGreaterThan(analysis.power.banzhaf[.sociedadCivil]!, analysis.power.banzhaf[.gobierno]!)
    }

    func testSanLuisPotosiConsensusGivesEverySectorAVetoAndNoneDominance() {
        let analysis = analyse(Tabla.named("San Luis Potosí"))

        XCTAssertEqual(analysis.dominantSectors, [])
        XCTAssertEqual(analysis.vetoSectors, [.gobierno, .sociedadCivil, .organismoGarante])
        assertIndices(analysis, [.gobierno: 1.0 / 3, .sociedadCivil: 1.0 / 3, .organismoGarante: 1.0 / 3])
        XCTAssertEqual(analysis.findings.map(\.code), ["consensus_only"])
        XCTAssertEqual(analysis.findings[0].severity, .info)
    }

    func testVeracruzConsensusMentionsMesaTematica() {
        let analysis = analyse(Tabla.named("Veracruz"))

        XCTAssertEqual(analysis.vetoSectors, [.gobierno, .sociedadCivil, .organismoGarante])
        assertIndices(analysis, [.gobierno: 5.0 / 8, .sociedadCivil: 2.0 / 8, .organismoGarante: 1.0 / 8])
        XCTAssertEqual(analysis.findings.map(\.code), ["unbalanced", "consensus_only"])
        XCTAssertTrue(analysis.findings[1].message.es.hasSuffix("Sin consenso, el asunto puede turnarse a una mesa temática."))
    }

    func testMorelosEverySectorHasAVeto() {
        let analysis = analyse(Tabla.named("Morelos"))

        XCTAssertEqual(analysis.vetoSectors, [.gobierno, .sociedadCivil, .organismoGarante])
        XCTAssertEqual(analysis.dominantSectors, [])
        XCTAssertEqual(analysis.findings.map(\.code), ["unbalanced", "all_sectors_veto"])
        // Winning sets: {g1,s,o}, {g2,s,o}, {g1,g2,s,o}. Swings: each g 1, s 3, o 3 (of 8).
        XCTAssertEqual(analysis.power.banzhaf[.gobierno]!, 2.0 / 8, accuracy: 1e-12)
        XCTAssertEqual(analysis.power.banzhaf[.sociedadCivil]!, 3.0 / 8, accuracy: 1e-12)
        // Of 24 orderings a g is pivotal in 2 (third, after s and o, before the other g);
        // s in 10 (third after o and one g: 4; last: 6), and o likewise.
        XCTAssertEqual(analysis.power.shapleyShubik[.gobierno]!, 4.0 / 24, accuracy: 1e-12)
        XCTAssertEqual(analysis.power.shapleyShubik[.organismoGarante]!, 10.0 / 24, accuracy: 1e-12)
    }

    func testDurangoThreeEqualSeatsShareEverythingAndRaiseNoFinding() {
        let analysis = analyse(Tabla.named("Durango"))

        XCTAssertTrue(analysis.balanced)
        XCTAssertEqual(analysis.dominantSectors, [])
        XCTAssertEqual(analysis.vetoSectors, [])  // any two of three adopt
        assertIndices(analysis, [.gobierno: 1.0 / 3, .sociedadCivil: 1.0 / 3, .organismoGarante: 1.0 / 3])
        XCTAssertEqual(analysis.findings, [])
    }

    func testBajaCaliforniaCivilSocietyDecidesAlone() {
        let analysis = analyse(Tabla.named("Baja California"))

        XCTAssertEqual(analysis.dominantSectors, [.sociedadCivil])
        XCTAssertEqual(analysis.vetoSectors, [.sociedadCivil])
        XCTAssertEqual(analysis.findings.map(\.code), ["dominant_sector", "unbalanced", "exclusive_veto"])
    }

    func testSierraLeoneEvenSplitGivesBothSectorsAVeto() {
        let analysis = analyse(Tabla.uno[1])

        XCTAssertEqual(analysis.vetoSectors, [.gobierno, .sociedadCivil])  // 17 < 18 of 34
        XCTAssertEqual(analysis.dominantSectors, [])
        assertIndices(analysis, [.gobierno: 0.5, .sociedadCivil: 0.5])
        XCTAssertEqual(analysis.findings.map(\.code), ["unbalanced", "all_sectors_veto"])
    }

    func testPeruObserversHaveNoPowerAndGovernmentDecidesAlone() {
        let analysis = analyse(Tabla.uno[2])

        XCTAssertEqual(analysis.dominantSectors, [.gobierno])  // 5 of 9 voting seats
        assertIndices(
            analysis,
            [
                .gobierno: 5.0 / 9, .sociedadCivil: 3.0 / 9, "camaras": 1.0 / 9,
                "defensoria_del_pueblo": 0, "contraloria": 0, "comision_anticorrupcion": 0,
            ])
        XCTAssertEqual(analysis.winningCondition.totalSeats, 9)
    }

    func testBrazilGovernmentDecidesAlone() {
        let analysis = analyse(Tabla.uno[3])

        XCTAssertEqual(analysis.dominantSectors, [.gobierno])  // 18 of 28
        XCTAssertEqual(analysis.vetoSectors, [.gobierno])
        assertIndices(analysis, [.gobierno: 18.0 / 28, .sociedadCivil: 10.0 / 28])
    }

    func testMexicanTripartiteSecretariatIsBalancedWithEqualPower() {
        let analysis = analyse(Tabla.uno[0])

        XCTAssertTrue(analysis.balanced)
        assertIndices(analysis, [.gobierno: 1.0 / 3, .sociedadCivil: 1.0 / 3, .organismoGarante: 1.0 / 3])
        XCTAssertEqual(analysis.findings, [])
    }
}

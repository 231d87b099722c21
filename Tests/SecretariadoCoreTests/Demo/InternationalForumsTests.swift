import XCTest

@testable import SecretariadoCore

final class InternationalForumsTests: XCTestCase {
    func testTabla1ListsFourForumsInOrder() {
        let slugs = InternationalForums.all.map(\.slug)

        XCTAssertEqual(slugs, ["mexico-stt", "sierra-leona", "peru", "brasil"])
    }

    func testSeatsMatchTabla1() {
        XCTAssertEqual(
            InternationalForums.mexicoSTT.composition.seats,
            [.gobierno: 1, .sociedadCivil: 1, .organismoGarante: 1])
        XCTAssertEqual(
            InternationalForums.sierraLeona.composition.seats, [.gobierno: 17, .sociedadCivil: 17])
        XCTAssertEqual(
            InternationalForums.peru.composition.seats,
            [.gobierno: 5, .sociedadCivil: 3, "camaras": 1, "observadores": 3])
        XCTAssertEqual(
            InternationalForums.brasil.composition.seats, [.gobierno: 18, .sociedadCivil: 10])
    }

    func testPeruObserversSitButDoNotVote() {
        let peru = InternationalForums.peru

        XCTAssertEqual(peru.composition.nonVoting, ["observadores"])
        XCTAssertEqual(peru.composition.votingSeats, 9)
        XCTAssertEqual(peru.sectors.filter { !$0.voting }.map(\.code), ["observadores"])
    }

    func testEverySectorWithSeatsIsDescribed() {
        for forum in InternationalForums.all {
            XCTAssertEqual(Set(forum.sectors.map(\.code)), Set(forum.composition.seats.keys), forum.slug)
        }
    }

    func testRulesAreTheDocumentedStandIn() {
        for forum in InternationalForums.all {
            XCTAssertEqual(forum.rule, DecisionRule(kind: .consensusThenMajority), forum.slug)
            XCTAssertTrue(forum.sourceNote.hasPrefix("Velasco, Ernesto"), forum.slug)
        }
    }

    func testLookupBySlug() {
        XCTAssertEqual(InternationalForums.forum(slug: "peru")?.country.es, "Perú")
        XCTAssertNil(InternationalForums.forum(slug: "chile"))
    }
}

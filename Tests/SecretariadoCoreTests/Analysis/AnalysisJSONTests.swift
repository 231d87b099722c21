import SecretariadoCore
import XCTest

/// The JSON contract of `secretariado analyze` and `POST /api/v1/analysis` (input: forums with seats per sector and a rule; output: balance,
/// dominant and veto sectors, Banzhaf and Shapley–Shubik per sector, findings).
final class AnalysisJSONTests: XCTestCase {
    static let jalisco = """
        {"forums": [{"name": "Jalisco",
                     "seats": {"gobierno": 4, "sociedad_civil": 4, "organismo_garante": 1},
                     "rule": {"kind": "consensus_then_majority", "threshold": "simple",
                              "requireSectors": ["sociedad_civil"], "requireEverySector": false}}]}
        """

    private func analyze(_ json: String) throws -> [[String: Any]] {
        let data = try AnalysisService.analyze(jsonData: Data(json.utf8)).get()
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(Array(object.keys), ["forums"])
        return try XCTUnwrap(object["forums"] as? [[String: Any]])
    }

    func testSpecExampleProducesEveryContractField() throws {
        let forum = try XCTUnwrap(analyze(Self.jalisco).first)

        XCTAssertEqual(Set(forum.keys), ["name", "balanced", "dominantSectors", "vetoSectors", "banzhaf", "shapleyShubik", "findings"])
        XCTAssertEqual(forum["name"] as? String, "Jalisco")
        XCTAssertEqual(forum["balanced"] as? Bool, true)
        XCTAssertEqual(forum["dominantSectors"] as? [String], [])
        XCTAssertEqual(forum["vetoSectors"] as? [String], ["sociedad_civil"])
        XCTAssertEqual(Set((forum["banzhaf"] as? [String: Double] ?? [:]).keys), ["gobierno", "sociedad_civil", "organismo_garante"])
        let findings = try XCTUnwrap(forum["findings"] as? [[String: String]])
        XCTAssertEqual(findings.map { $0["code"] }, ["exclusive_veto"])
        XCTAssertEqual(findings.first?["severity"], "warning")
        XCTAssertEqual(findings.first?["message"]?.hasPrefix("Sociedad civil tiene veto"), true)
    }

    func testIndicesInJSONAreTheAnalysisValuesToTheLastDigit() throws {
        // JSONDecoder, not JSONSerialization: on Linux the latter may round the last digit.
        struct Response: Decodable {
            struct Forum: Decodable {
                let banzhaf: [String: Double]
                let shapleyShubik: [String: Double]
            }
            let forums: [Forum]
        }
        let data = try AnalysisService.analyze(jsonData: Data(Self.jalisco.utf8)).get()
        let forum = try XCTUnwrap(JSONDecoder().decode(Response.self, from: data).forums.first)

        let expected = ForumAnalysis(composition: Tabla.named("Jalisco").composition, rule: Tabla.jaliscoRule)
        for sector in [SectorCode.gobierno, .sociedadCivil, .organismoGarante] {
            XCTAssertEqual(forum.banzhaf[sector.rawValue], expected.power.banzhaf[sector])
            XCTAssertEqual(forum.shapleyShubik[sector.rawValue], expected.power.shapleyShubik[sector])
        }
    }

    func testOutputHasSortedKeysAndIsByteForByteRepeatable() throws {
        let first = try AnalysisService.analyze(jsonData: Data(Self.jalisco.utf8)).get()
        let second = try AnalysisService.analyze(jsonData: Data(Self.jalisco.utf8)).get()

        XCTAssertEqual(first, second)
        XCTAssertTrue(String(decoding: first, as: UTF8.self).hasPrefix(#"{"forums":[{"balanced":true,"banzhaf":{"gobierno":"#))
    }

    func testAllSixteenTablaDosForumsAnalyseInRequestOrder() throws {
        let forums = Tabla.dos.map { forum -> String in
            let seats = forum.seats.map { "\"\($0.key.rawValue)\": \($0.value)" }.joined(separator: ", ")
            let required = forum.rule.requireSectors.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            return """
                {"name": "\(forum.name)", "seats": {\(seats)}, "rule": {"kind": "\(forum.rule.kind.rawValue)",
                 "requireSectors": [\(required)], "requireEverySector": \(forum.rule.requireEverySector),
                 "referToMesaTematica": \(forum.rule.referToMesaTematica)}}
                """
        }

        let reports = try analyze("{\"forums\": [\(forums.joined(separator: ","))]}")

        XCTAssertEqual(reports.map { $0["name"] as? String }, Tabla.dos.map(\.name))
        for (report, forum) in zip(reports, Tabla.dos) {
            let analysis = ForumAnalysis(composition: forum.composition, rule: forum.rule)
            XCTAssertEqual(report["vetoSectors"] as? [String], analysis.vetoSectors.map(\.rawValue), forum.name)
            XCTAssertEqual(report["dominantSectors"] as? [String], analysis.dominantSectors.map(\.rawValue), forum.name)
            XCTAssertEqual((report["findings"] as? [[String: String]])?.map { $0["code"]! }, analysis.findings.map(\.code), forum.name)
        }
    }

    func testMissingOptionalRuleFieldsTakeTheDocumentedDefaults() throws {
        let request = try AnalysisRequest.decode(
            Data(
                #"""
                {"forums": [{"name": "Durango", "seats": {"gobierno": 1, "sociedad_civil": 1, "organismo_garante": 1},
                             "rule": {"kind": "consensus_then_majority", "threshold": null}}]}
                """#.utf8)
        ).get()

        XCTAssertEqual(request.forums.first?.rule, DecisionRule(kind: .consensusThenMajority))
    }

    func testEveryRuleFieldIsRead() throws {
        let request = try AnalysisRequest.decode(
            Data(
                #"""
                {"forums": [{"name": "X", "seats": {"gobierno": 2, "sociedad_civil": 2, "organismo_garante": 1},
                             "rule": {"kind": "majority", "threshold": "two_thirds", "base": "all",
                                      "requireSectors": ["organismo_garante", "organismo_garante"],
                                      "requireEverySector": true, "referToMesaTematica": true}}]}
                """#.utf8)
        ).get()

        XCTAssertEqual(
            request.forums.first?.rule,
            DecisionRule(
                kind: .majority, threshold: .twoThirds, base: .all, requireSectors: [.organismoGarante],
                requireEverySector: true, referToMesaTematica: true))
    }

    func testObserversAreReportedWithZeroPower() throws {
        let forum = try XCTUnwrap(
            analyze(
                #"""
                {"forums": [{"name": "Perú", "seats": {"gobierno": 5, "sociedad_civil": 3, "camaras": 1, "observadores": 3},
                             "observers": ["observadores"], "rule": {"kind": "consensus_then_majority"}}]}
                """#
            ).first)

        let banzhaf = try XCTUnwrap(forum["banzhaf"] as? [String: Double])
        XCTAssertEqual(banzhaf["observadores"], 0)
        XCTAssertEqual(banzhaf["gobierno"]!, 5.0 / 9, accuracy: 1e-12)
        XCTAssertEqual(forum["dominantSectors"] as? [String], ["gobierno"])
    }

    func testRequiredSectorWithZeroSeatsIsAcceptedAndExplained() throws {
        let forum = try XCTUnwrap(
            analyze(
                #"""
                {"forums": [{"name": "X", "seats": {"gobierno": 1, "sociedad_civil": 1, "organismo_garante": 1, "academia": 0},
                             "rule": {"kind": "majority", "requireSectors": ["academia"]}}]}
                """#
            ).first)

        XCTAssertEqual((forum["findings"] as? [[String: String]])?.map { $0["code"]! }, ["no_winning_coalition"])
        XCTAssertEqual(forum["banzhaf"] as? [String: Double], ["gobierno": 0, "sociedad_civil": 0, "organismo_garante": 0, "academia": 0])
    }
}

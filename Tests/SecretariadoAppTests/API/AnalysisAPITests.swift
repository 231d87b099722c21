@testable import SecretariadoApp
import SecretariadoCore
import XCTVapor
import XCTest

final class AnalysisAPITests: AppTestCase {
    func testAnalysisFollowsTheContract() async throws {
        let body = #"{"forums":[{"name":"Jalisco","seats":{"gobierno":4,"sociedad_civil":4,"organismo_garante":1},"rule":{"kind":"consensus_then_majority","threshold":"simple","requireSectors":["sociedad_civil"],"requireEverySector":false}}]}"#
        var headers = HTTPHeaders()
        headers.contentType = .json

        try await app.test(.POST, "/api/v1/analysis", headers: headers, body: ByteBuffer(string: body)) { res async throws in
            XCTAssertEqual(res.status, .ok)
            let forum = try res.content.get([String: AnyDecodable].self, at: "forums", "0")
            XCTAssertEqual(Set(forum.keys), ["name", "balanced", "dominantSectors", "vetoSectors", "banzhaf", "shapleyShubik", "findings"])
            XCTAssertEqual(try res.content.get([String].self, at: "forums", "0", "vetoSectors"), ["sociedad_civil"])
            XCTAssertEqual(try res.content.get(Bool.self, at: "forums", "0", "balanced"), true)
        }
    }

    func testBadInputIs422NamingForumAndField() async throws {
        let body = #"{"forums":[{"name":"Ok","seats":{"gobierno":1},"rule":{"kind":"consensus"}},{"name":"Mal","seats":{"gobierno":-3},"rule":{"kind":"consensus"}}]}"#
        var headers = HTTPHeaders()
        headers.contentType = .json

        try await app.test(.POST, "/api/v1/analysis", headers: headers, body: ByteBuffer(string: body)) { res async throws in
            XCTAssertEqual(res.status, .unprocessableEntity)
            XCTAssertEqual(try res.content.get(String.self, at: "field"), "forums[1].seats.gobierno")
            XCTAssertTrue(try res.content.get(String.self, at: "reason").contains("\"Mal\""))
        }
    }

    func testEmptyBodyIsA400() async throws {
        try await app.test(.POST, "/api/v1/analysis") { res async throws in
            XCTAssertEqual(res.status, .badRequest)
        }
    }

    func testAnalysisOfTheDemoSTLsMatchesTheirPages() async throws {
        // The API and the pages must agree: same Core analysis for the same forum.
        for forum in DemoCatalog.forums {
            let analysis = ForumAnalysis(composition: forum.composition, rule: forum.rule)
            let json = try JSONSerialization.data(withJSONObject: ["forums": [[
                "name": forum.name,
                "seats": Dictionary(uniqueKeysWithValues: forum.seats.map { ($0.key.rawValue, $0.value) }),
                "rule": ["kind": forum.rule.kind.rawValue, "requireSectors": forum.rule.requireSectors.map(\.rawValue), "requireEverySector": forum.rule.requireEverySector],
            ]]])
            var headers = HTTPHeaders()
            headers.contentType = .json
            try await app.test(.POST, "/api/v1/analysis", headers: headers, body: ByteBuffer(data: json)) { res async throws in
                XCTAssertEqual(try res.content.get([String].self, at: "forums", "0", "dominantSectors"), analysis.dominantSectors.map(\.rawValue), forum.name)
                XCTAssertEqual(try res.content.get([String].self, at: "forums", "0", "vetoSectors"), analysis.vetoSectors.map(\.rawValue), forum.name)
            }
        }
    }
}

/// Decodes anything, to look at keys only.
struct AnyDecodable: Decodable {
    init(from decoder: Decoder) throws {}
}

import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

final class AnalysisAPITests: AppTestCase {
    func testAnalysisFollowsTheContract() async throws {
        let body =
            #"{"forums":[{"name":"Jalisco","seats":{"gobierno":4,"sociedad_civil":4,"organismo_garante":1},"rule":{"kind":"consensus_then_majority","threshold":"simple","requireSectors":["sociedad_civil"],"requireEverySector":false}}]}"#
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
        let body =
            #"{"forums":[{"name":"Ok","seats":{"gobierno":1},"rule":{"kind":"consensus"}},{"name":"Mal","seats":{"gobierno":-3},"rule":{"kind":"consensus"}}]}"#
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
            let json = try JSONSerialization.data(withJSONObject: [
                "forums": [
                    [
                        "name": forum.name,
                        "seats": Dictionary(uniqueKeysWithValues: forum.seats.map { ($0.key.rawValue, $0.value) }),
                        "rule": [
                            "kind": forum.rule.kind.rawValue, "requireSectors": forum.rule.requireSectors.map(\.rawValue),
                            "requireEverySector": forum.rule.requireEverySector,
                        ],
                    ]
                ]
            ])
            var headers = HTTPHeaders()
            headers.contentType = .json
            try await app.test(.POST, "/api/v1/analysis", headers: headers, body: ByteBuffer(data: json)) { res async throws in
                XCTAssertEqual(
                    try res.content.get([String].self, at: "forums", "0", "dominantSectors"), analysis.dominantSectors.map(\.rawValue), forum.name)
                XCTAssertEqual(try res.content.get([String].self, at: "forums", "0", "vetoSectors"), analysis.vetoSectors.map(\.rawValue), forum.name)
            }
        }
    }

    // MARK: Bounds: input limits, rate, deadline

    private func post(_ body: String) async throws -> XCTHTTPResponse {
        var headers = HTTPHeaders()
        headers.contentType = .json
        return try await app.sendRequest(.POST, "/api/v1/analysis", headers: headers, body: ByteBuffer(string: body))
    }

    private func forum(_ name: String, sectors: Int, seatsEach: Int) -> String {
        let seats = (0..<sectors).map { "\"s\($0)\": \(seatsEach)" }.joined(separator: ", ")
        return #"{"name": "\#(name)", "seats": {\#(seats)}, "rule": {"kind": "majority", "requireEverySector": true}}"#
    }

    /// The request from the security review: 10 forums × 20 sectors, every sector required,
    /// took 5.3 s of CPU; it is now refused before any work with a 422 naming the limit.
    func testTheReviewedExpensiveRequestIsRefusedUpFront() async throws {
        let forums = (0..<10).map { forum("F\($0)", sectors: 20, seatsEach: 400) }.joined(separator: ",")
        let started = Date()
        let res = try await post(#"{"forums": [\#(forums)]}"#)
        XCTAssertEqual(res.status, .unprocessableEntity)
        XCTAssertTrue(res.body.string.contains("tiene 20 sectores; el máximo es 8"), res.body.string)
        XCTAssertLessThan(Date().timeIntervalSince(started), 1)
    }

    /// Every limit reached at once, every sector required: still quick.
    func testTheLargestAllowedRequestIsQuick() async throws {
        let forums = (0..<5).map { forum("F\($0)", sectors: 8, seatsEach: 25) }.joined(separator: ",")
        let started = Date()
        let res = try await post(#"{"forums": [\#(forums)]}"#)
        XCTAssertEqual(res.status, .ok, res.body.string)
        XCTAssertLessThan(Date().timeIntervalSince(started), 2, "debug build")
    }

    func testAnAddressIsRateLimitedWithRetryAfter() async throws {
        let body = #"{"forums": [{"name": "Durango", "seats": {"gobierno": 1, "sociedad_civil": 1}, "rule": {"kind": "consensus"}}]}"#
        for _ in 0..<Int(AnalysisRateLimiter.capacity) {
            let res = try await post(body)
            XCTAssertEqual(res.status, .ok)
        }
        let refused = try await post(body)
        XCTAssertEqual(refused.status, .tooManyRequests)
        XCTAssertEqual(refused.headers.first(name: "Retry-After"), "2")
    }

    func testADeadlineStopsBetweenForumsWith503() async throws {
        XCTAssertThrowsError(
            try { () throws in
                if case .deadlineExceeded = AnalysisService.analyze(
                    jsonData: Data(#"{"forums": [\#(forum("A", sectors: 2, seatsEach: 1))]}"#.utf8), deadline: Date.distantPast)
                {
                    throw AppError.unavailable(Localized(es: "", en: ""), retryAfterSeconds: nil)
                }
            }())
        XCTAssertEqual(AppError.unavailable(Localized(es: "x", en: "x"), retryAfterSeconds: 5).status, .serviceUnavailable)
    }
}

/// Decodes anything, to look at keys only.
struct AnyDecodable: Decodable {
    init(from decoder: Decoder) throws {}
}

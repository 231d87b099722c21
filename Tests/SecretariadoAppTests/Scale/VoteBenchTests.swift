import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// The vote-write benchmark's fixture works with the real API, and its check can fail.
final class VoteBenchTests: AppTestCase {
    func testTheFixtureVotesAndTheCheckCatchesALostOrExtraVote() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("votebench-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try await VoteBench.setup(seats: 6, motions: 2, out: directory, on: db, console: app.console)
        let tokens = try String(contentsOfFile: directory + "/tokens.txt", encoding: .utf8).split(separator: "\n").map(String.init)
        let motions = try String(contentsOfFile: directory + "/motions.txt", encoding: .utf8).split(separator: "\n").map(String.init)
        let slug = try String(contentsOfFile: directory + "/slug.txt", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(tokens.count, 6)

        for token in tokens.prefix(4) {
            var headers = HTTPHeaders()
            headers.bearerAuthorization = .init(token: token)
            headers.contentType = .json
            let response = try await app.sendRequest(
                .POST, "/api/v1/secretariats/\(slug)/motions/\(motions[0])/votes",
                headers: headers, body: ByteBuffer(string: #"{"option":"a_favor"}"#))
            XCTAssertEqual(response.status, .created)
        }
        let acks = directory + "/acks.txt"
        try "\(motions[0]) 4\n".write(toFile: acks, atomically: true, encoding: .utf8)
        try await VoteBench.verify(acks: acks, on: db, console: app.console)

        try "\(motions[0]) 5\n".write(toFile: acks, atomically: true, encoding: .utf8)
        do {
            try await VoteBench.verify(acks: acks, inFlight: 64, on: db, console: app.console)
            XCTFail("five acknowledged, four stored: the check must fail")
        } catch let failure as CommandFailure {
            XCTAssertEqual(failure.exitCode, 1)
        }

        // Stored but never acknowledged (the client stopped waiting): tolerated up to the
        // number of requests that can be in flight, never beyond.
        try "\(motions[0]) 3\n".write(toFile: acks, atomically: true, encoding: .utf8)
        try await VoteBench.verify(acks: acks, inFlight: 1, on: db, console: app.console)
        do {
            try await VoteBench.verify(acks: acks, inFlight: 0, on: db, console: app.console)
            XCTFail("one vote more than acknowledged with nothing in flight: the check must fail")
        } catch let failure as CommandFailure {
            XCTAssertEqual(failure.exitCode, 1)
        }
    }
}

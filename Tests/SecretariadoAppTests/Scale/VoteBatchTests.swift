import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Votes arriving together are written together (`VoteBatcher`), each with its own answer
/// and under the same rules as a vote alone.
final class VoteBatchTests: AppTestCase {
    func testAForumVotingAtOnceGetsOneAnswerPerVoteAndNothingLostOrDoubled() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("votebatch-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try await VoteBench.setup(seats: 40, motions: 2, out: directory, on: db, console: app.console)
        let tokens = try String(contentsOfFile: directory + "/tokens.txt", encoding: .utf8).split(separator: "\n").map(String.init)
        let motions = try String(contentsOfFile: directory + "/motions.txt", encoding: .utf8).split(separator: "\n").map(String.init)
        let slug = try String(contentsOfFile: directory + "/slug.txt", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        // The second motion is closed: votes on it must be refused, the others unaffected.
        let found = try await Motion.find(UUID(uuidString: motions[1]), on: db)
        let closed = try XCTUnwrap(found)
        closed.status = .cerrada
        try await closed.update(on: db)
        let app = self.app!
        let transactionsBefore = app.voteBatcher.transactionCount

        // Every seat votes on the open motion, the first ten vote twice, five vote on the closed one.
        var requests = tokens.map { ($0, motions[0]) } + tokens.prefix(10).map { ($0, motions[0]) }
        requests += tokens.prefix(5).map { ($0, motions[1]) }
        let statuses = try await withThrowingTaskGroup(of: (String, HTTPStatus).self) { group in
            for (token, motion) in requests {
                group.addTask {
                    var headers = HTTPHeaders()
                    headers.bearerAuthorization = .init(token: token)
                    headers.contentType = .json
                    let response = try await app.sendRequest(
                        .POST, "/api/v1/secretariats/\(slug)/motions/\(motion)/votes",
                        headers: headers, body: ByteBuffer(string: #"{"option":"a_favor"}"#))
                    return (motion, response.status)
                }
            }
            return try await group.reduce(into: [(String, HTTPStatus)]()) { $0.append($1) }
        }

        let onOpen = statuses.filter { $0.0 == motions[0] }.map(\.1)
        XCTAssertEqual(onOpen.filter { $0 == .created }.count, 40, "each seat's first vote is created")
        XCTAssertEqual(onOpen.filter { $0 == .ok }.count, 10, "a second vote replaces the first under the default charter")
        XCTAssertEqual(statuses.filter { $0.0 == motions[1] }.map(\.1), Array(repeating: .conflict, count: 5))
        let stored = try await Vote.query(on: db).filter(\.$motion.$id == UUID(uuidString: motions[0])!).count()
        XCTAssertEqual(stored, 40)
        let onClosed = try await Vote.query(on: db).filter(\.$motion.$id == UUID(uuidString: motions[1])!).count()
        XCTAssertEqual(onClosed, 0)
        let audited = try await AuditEntry.query(on: db).filter(\.$entity == "vote").count()
        XCTAssertEqual(audited, 50, "every created or replaced vote is in the audit log")
        XCTAssertLessThan(app.voteBatcher.transactionCount - transactionsBefore, requests.count, "votes that arrived together shared transactions")
    }
}

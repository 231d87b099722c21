import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// One ballot per organisation, even when its credential is used many times at once.
final class ElectionConcurrencyTests: AppTestCase {
    func testThirtyParallelBallotsWithOneCredentialCountExactlyOnce() async throws {
        let fixture = try await InstallationFixture.make(on: db)
        let tokens = try await fixture.election(organisations: ["Org Uno", "Org Dos", "Org Tres"])
        let candidates = try await fixture.nominateAndOpen(tokens)
        let token = tokens["Org Uno"]!
        let choice = "c-\(candidates["Org Dos"]!.uuidString)"
        let path = "/stl/\(fixture.stl.slug)/instalacion/boleta/\(token)"
        // A CSRF token as a browser would hold it: the same value in cookie and field.
        let csrf = String(repeating: "a", count: 43)
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        headers.add(name: .cookie, value: "\(CSRF.cookieName)=\(csrf)")
        let body = "\(CSRF.fieldName)=\(csrf)&\(choice)=si"
        let requestHeaders = headers
        let app = self.app!

        let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
            for _ in 1...30 {
                group.addTask {
                    var status = HTTPStatus.internalServerError
                    try await app.test(.POST, path, headers: requestHeaders, body: ByteBuffer(string: body)) { res async in status = res.status }
                    return status
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }

        XCTAssertEqual(statuses.filter { $0 == .created }.count, 1, "\(statuses)")
        XCTAssertEqual(statuses.filter { $0 == .conflict }.count, 29, "every other attempt is refused with 409, never a 500: \(statuses)")
        let ballots = try await ElectionBallot.query(on: db).count()
        let receipts = try await ElectionReceipt.query(on: db).count()
        XCTAssertEqual(ballots, 1)
        XCTAssertEqual(receipts, 1)
        let audited = try await AuditEntry.query(on: db).filter(\.$entity == "election_receipt").count()
        XCTAssertEqual(audited, 1)
        let count = try await ElectionCount.load(try await ElectionWrites.latest(in: fixture.stl.requireID(), on: db)!, on: db)
        XCTAssertEqual(count.tally.rows.first { $0.candidate.id == candidates["Org Dos"] }?.votes, 1)
    }

    func testTheServiceRefusesASecondBallotEvenWhenTheFirstCheckIsRacedPast() async throws {
        // The unique receipt is the guard: concurrent service calls, not only HTTP.
        let fixture = try await InstallationFixture.make(on: db)
        let tokens = try await fixture.election(organisations: ["Org Uno", "Org Dos", "Org Tres"])
        let candidates = try await fixture.nominateAndOpen(tokens)
        let database = db
        let stl = fixture.stl
        let outcomes = await withTaskGroup(of: String.self) { group in
            for _ in 1...20 {
                group.addTask {
                    do {
                        try await BallotWrites.cast(token: tokens["Org Tres"]!, choices: [candidates["Org Uno"]!], in: stl, on: database)
                        return "ok"
                    } catch let error as AppError {
                        return error.status == .conflict ? "conflict" : "other \(error)"
                    } catch {
                        return "unexpected \(error)"
                    }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        XCTAssertEqual(outcomes.filter { $0 == "ok" }.count, 1, "\(outcomes)")
        XCTAssertEqual(outcomes.filter { $0 == "conflict" }.count, 19, "\(outcomes)")
        let ballots = try await ElectionBallot.query(on: db).count()
        XCTAssertEqual(ballots, 1)
    }
}

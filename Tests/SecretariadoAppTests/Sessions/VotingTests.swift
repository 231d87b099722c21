import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Who may vote, once per seat, and never after the vote closes.
final class VotingTests: AppTestCase {
    private func votePath(_ motion: Motion) -> String {
        APIURL.motionVotes(.value("morelos"), .value(motion.id!)).path
    }

    private func post(_ path: String, _ body: String, as user: User?) async throws -> XCTHTTPResponse {
        var headers = HTTPHeaders()
        if let user { headers = try await bearer(for: user) }
        headers.contentType = .json
        return try await app.sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: body))
    }

    func testTheFacilitatorCannotVote() async throws {
        try await loadDemo()
        let facilitator = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        let session = try await convene("morelos")
        try await attend(session, "morelos", ["gobierno-1": .titular, "sociedad_civil-1": .titular, "organismo_garante-1": .titular])
        let motion = try await openMotion(session, "morelos")

        let res = try await post(votePath(motion), #"{"option":"a_favor"}"#, as: facilitator)
        XCTAssertEqual(res.status, .forbidden)
        let votes = try await Vote.query(on: db).count()
        XCTAssertEqual(votes, 0)
    }

    func testAFacilitatorWhoAlsoHoldsASeatStillCannotVote() async throws {
        try await loadDemo()
        let both = try await representative("both@mor.mx", "morelos", "gobierno", 1)
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        try await RoleGrant(userID: both.requireID(), secretariatID: stl.requireID(), role: .facilitador).create(on: db)
        let session = try await convene("morelos")
        try await attend(session, "morelos", ["gobierno-1": .titular, "sociedad_civil-1": .titular, "organismo_garante-1": .titular])
        let motion = try await openMotion(session, "morelos")

        let res = try await post(votePath(motion), #"{"option":"a_favor"}"#, as: both)
        XCTAssertEqual(res.status, .forbidden)
    }

    func testARepresentativeWhoseSeatDidNotAttendCannotVote() async throws {
        try await loadDemo()
        let absent = try await representative("gob2@mor.mx", "morelos", "gobierno", 2)
        let session = try await convene("morelos")
        try await attend(session, "morelos", ["gobierno-1": .titular, "sociedad_civil-1": .titular, "organismo_garante-1": .titular])
        let motion = try await openMotion(session, "morelos")

        let res = try await post(votePath(motion), #"{"option":"a_favor"}"#, as: absent)
        XCTAssertEqual(res.status, .forbidden)
        XCTAssertTrue(res.body.string.contains("no registró asistencia"), res.body.string)
    }

    func testASuplenteCannotVoteWhenTheTitularAttended() async throws {
        try await loadDemo()
        try await addSuplente("morelos", "sociedad_civil", 1)
        let suplente = try await representative("sup@mor.mx", "morelos", "sociedad_civil", 1, as: .suplente)
        let titular = try await representative("tit@mor.mx", "morelos", "sociedad_civil", 1)
        let session = try await convene("morelos")
        try await attend(session, "morelos", ["gobierno-1": .titular, "sociedad_civil-1": .titular, "organismo_garante-1": .titular])
        let motion = try await openMotion(session, "morelos")

        let refused = try await post(votePath(motion), #"{"option":"en_contra"}"#, as: suplente)
        XCTAssertEqual(refused.status, .forbidden)
        XCTAssertTrue(refused.body.string.contains("el suplente sólo vota en su ausencia"), refused.body.string)
        let accepted = try await post(votePath(motion), #"{"option":"a_favor"}"#, as: titular)
        XCTAssertEqual(accepted.status, .created)
    }

    func testASuplenteVotesWhenStandingInAndTheTitularThenCannot() async throws {
        try await loadDemo()
        try await addSuplente("morelos", "sociedad_civil", 1)
        let suplente = try await representative("sup@mor.mx", "morelos", "sociedad_civil", 1, as: .suplente)
        let titular = try await representative("tit@mor.mx", "morelos", "sociedad_civil", 1)
        let session = try await convene("morelos")
        try await attend(session, "morelos", ["gobierno-1": .titular, "sociedad_civil-1": .suplente, "organismo_garante-1": .titular])
        let motion = try await openMotion(session, "morelos")

        let accepted = try await post(votePath(motion), #"{"option":"a_favor"}"#, as: suplente)
        XCTAssertEqual(accepted.status, .created, accepted.body.string)
        let refused = try await post(votePath(motion), #"{"option":"en_contra"}"#, as: titular)
        XCTAssertEqual(refused.status, .forbidden)
        let vote = try await Vote.query(on: db).first()
        XCTAssertEqual(vote?.holderRole, .suplente)
    }

    func testThirtyConcurrentVotesOfOneSeatLeaveExactlyOneVote() async throws {
        try await loadDemo()
        let voter = try await representative("gob1@mor.mx", "morelos", "gobierno", 1)
        let session = try await convene("morelos")
        try await attend(session, "morelos", ["gobierno-1": .titular, "sociedad_civil-1": .titular, "organismo_garante-1": .titular])
        let motion = try await openMotion(session, "morelos")
        var auth = try await bearer(for: voter)
        auth.contentType = .json
        let headers = auth
        let path = votePath(motion)
        let app = self.app!

        let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
            for index in 0..<30 {
                let option = index % 2 == 0 ? "a_favor" : "en_contra"
                group.addTask {
                    try await app.sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: #"{"option":"\#(option)"}"#)).status
                }
            }
            var all: [HTTPStatus] = []
            for try await status in group { all.append(status) }
            return all
        }

        // Morelos's charter replaces a second vote: one creation, the rest replacements.
        XCTAssertEqual(statuses.filter { $0 == .created }.count, 1, "\(statuses)")
        XCTAssertEqual(statuses.filter { $0 == .ok }.count, 29, "\(statuses)")
        let rows = try await Vote.query(on: db).filter(\.$motion.$id == motion.requireID()).count()
        XCTAssertEqual(rows, 1)
    }

    func testThirtyConcurrentVotesUnderARefusePolicyAcceptOnlyTheFirst() async throws {
        try await loadDemo()
        try await amendCharter("morelos") { $0.decision.voteChange = .refuse }
        let voter = try await representative("gob1@mor.mx", "morelos", "gobierno", 1)
        let session = try await convene("morelos")
        try await attend(session, "morelos", ["gobierno-1": .titular, "sociedad_civil-1": .titular, "organismo_garante-1": .titular])
        let motion = try await openMotion(session, "morelos")
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        let voterActor = try await actor(voter)
        let motionID = try motion.requireID()
        let db = self.db
        let now = self.now

        let outcomes = await withTaskGroup(of: String.self) { group in
            for _ in 0..<30 {
                group.addTask {
                    do {
                        _ = try await VoteWrites.cast(VoteInput(option: "a_favor"), on: motionID, in: stl, by: voterActor, now: now, on: db)
                        return "ok"
                    } catch let error as AppError {
                        return "\(error.status.code)"
                    } catch {
                        return "other: \(error)"
                    }
                }
            }
            var all: [String] = []
            for await outcome in group { all.append(outcome) }
            return all
        }

        XCTAssertEqual(outcomes.filter { $0 == "ok" }.count, 1, "\(outcomes)")
        XCTAssertEqual(outcomes.filter { $0 == "409" }.count, 29, "\(outcomes)")
        let rows = try await Vote.query(on: db).filter(\.$motion.$id == motionID).count()
        XCTAssertEqual(rows, 1)
    }

    func testASecondVoteReplacesTheFirstUnderTheDefaultCharter() async throws {
        try await loadDemo()
        let voter = try await representative("gob1@mor.mx", "morelos", "gobierno", 1)
        let session = try await convene("morelos")
        try await attend(session, "morelos", ["gobierno-1": .titular, "sociedad_civil-1": .titular, "organismo_garante-1": .titular])
        let motion = try await openMotion(session, "morelos")

        let first = try await post(votePath(motion), #"{"option":"a_favor"}"#, as: voter)
        let second = try await post(votePath(motion), #"{"option":"en_contra"}"#, as: voter)
        XCTAssertEqual(first.status, .created)
        XCTAssertEqual(second.status, .ok)
        let votes = try await Vote.query(on: db).all()
        XCTAssertEqual(votes.map(\.option), [.enContra])
    }

    func testAVoteAfterTheCloseIsRefusedAndTheOutcomeStands() async throws {
        try await loadDemo()
        let gobierno = try await representative("gob1@mor.mx", "morelos", "gobierno", 1)
        let garante = try await representative("og@mor.mx", "morelos", "organismo_garante", 1)
        let facilitator = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        let session = try await convene("morelos")
        try await attend(session, "morelos", ["gobierno-1": .titular, "sociedad_civil-1": .titular, "organismo_garante-1": .titular])
        let motion = try await openMotion(session, "morelos")
        _ = try await post(votePath(motion), #"{"option":"a_favor"}"#, as: gobierno)

        let closed = try await post(APIURL.motionClose(.value("morelos"), .value(motion.id!)).path, "{}", as: facilitator)
        XCTAssertEqual(closed.status, .ok, closed.body.string)
        let late = try await post(votePath(motion), #"{"option":"en_contra"}"#, as: garante)
        XCTAssertEqual(late.status, .conflict)
        XCTAssertTrue(late.body.string.contains("ya está cerrada"))
        let again = try await post(APIURL.motionClose(.value("morelos"), .value(motion.id!)).path, "{}", as: facilitator)
        XCTAssertEqual(again.status, .conflict)

        let stored = try await Motion.find(motion.id, on: db)
        XCTAssertEqual(stored?.result, "adopted")
        XCTAssertEqual(stored?.decidedBy, "consensus")
        XCTAssertEqual(stored?.tally?.total.aFavor, 1)
        let agreements = try await Agreement.query(on: db).all()
        XCTAssertEqual(agreements.map(\.code), ["ACU-\(MexicoCityTime.wallClock(at: session.startsAt!).year)-001"])
        XCTAssertEqual(agreements.first?.owner, "Sociedad civil")
    }

    func testJaliscosRuleRejectsAMajorityWithoutCivilSociety() async throws {
        try await loadDemo()
        let session = try await convene("jalisco")
        var present: [String: Attendance] = [:]
        for label in ["gobierno-1", "gobierno-2", "gobierno-3", "gobierno-4", "sociedad_civil-1", "sociedad_civil-2", "organismo_garante-1"] {
            present[label] = .titular
        }
        try await attend(session, "jalisco", present)
        let motion = try await openMotion(session, "jalisco")
        let stl = try await Secretariat.find(slug: "jalisco", on: db)
        for (sector, number, option) in [
            ("gobierno", 1, "a_favor"), ("gobierno", 2, "a_favor"), ("gobierno", 3, "a_favor"), ("gobierno", 4, "a_favor"),
            ("organismo_garante", 1, "a_favor"), ("sociedad_civil", 1, "en_contra"), ("sociedad_civil", 2, "en_contra"),
        ] {
            let user = try await representative("\(sector)\(number)@jal.mx", "jalisco", sector, number)
            _ = try await VoteWrites.cast(VoteInput(option: option), on: motion.requireID(), in: stl, by: actor(user), now: now, on: db)
        }

        let closed = try await MotionWrites.close(motion.requireID(), in: stl, by: facilitation, now: now, on: db)
        XCTAssertEqual(closed.result, "not_adopted")
        XCTAssertEqual(closed.decidedBy, "majority")
        XCTAssertTrue(
            closed.explanation?.contains("la mayoría requiere al menos un voto a favor de sociedad civil y no hubo ninguno") ?? false,
            closed.explanation ?? "")
        let agreements = try await Agreement.query(on: db).count()
        XCTAssertEqual(agreements, 0)
    }

    func testBadVoteOptionNamesTheField() async throws {
        try await loadDemo()
        let voter = try await representative("gob1@mor.mx", "morelos", "gobierno", 1)
        let session = try await convene("morelos")
        try await attend(session, "morelos", ["gobierno-1": .titular, "sociedad_civil-1": .titular, "organismo_garante-1": .titular])
        let motion = try await openMotion(session, "morelos")

        let res = try await post(votePath(motion), #"{"option":"quizá"}"#, as: voter)
        XCTAssertEqual(res.status, .unprocessableEntity)
        XCTAssertEqual(try json(res)["field"] as? String, "option")
    }
}

import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Ending a term ends every right of the seat at once: proposing, voting and signing, and the
/// account page no longer lists the seat as current.
final class EndedTermRightsTests: AppTestCase {
    private var slug: Parameter<String> { .value("morelos") }

    private func send(_ method: HTTPMethod, _ path: String, _ body: String, as user: User) async throws -> XCTHTTPResponse {
        var headers = try await bearer(for: user)
        headers.contentType = .json
        return try await app.sendRequest(method, path, headers: headers, body: ByteBuffer(string: body))
    }

    private func endTitularTerm(_ sector: String, _ number: Int) async throws {
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        let seat = try await seat("morelos", sector, number)
        let term = try await SeatTerm.query(on: db).filter(\.$seat.$id == seat.requireID())
            .filter(\.$role == .titular).filter(\.$endsOn == nil).first()
        let facilitator = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        try await MemberWrites.end(try unwrapped(term).requireID(), in: stl, by: .init(facilitator), on: db)
    }

    func testAnEndedTermIsRefusedOnProposeVoteAndSign() async throws {
        try await loadDemo()
        let titular = try await representative("tit@mor.mx", "morelos", "gobierno", 1)
        let session = try await convene("morelos")
        try await attend(session, "morelos", ["gobierno-1": .titular, "sociedad_civil-1": .titular, "organismo_garante-1": .titular])
        let motion = try await openMotion(session, "morelos")
        let proposed = try await send(.POST, APIURL.proposals(slug).path, #"{"title":"Antes de terminar"}"#, as: titular)
        XCTAssertEqual(proposed.status, .created, "the term runs: the titular proposes (\(proposed.body.string))")

        try await endTitularTerm("gobierno", 1)

        let propose = try await send(.POST, APIURL.proposals(slug).path, #"{"title":"Después de terminar"}"#, as: titular)
        XCTAssertEqual(propose.status, .forbidden, propose.body.string)
        XCTAssertTrue(propose.body.string.contains("Tu periodo en este asiento terminó"), "says why: \(propose.body.string)")
        let vote = try await send(.POST, APIURL.motionVotes(slug, .value(motion.id!)).path, #"{"option":"a_favor"}"#, as: titular)
        XCTAssertEqual(vote.status, .forbidden, vote.body.string)
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        _ = try await MotionWrites.close(motion.requireID(), in: stl, by: facilitation, now: now, on: db)
        _ = try await MinutesWrites.finalise(session: session.requireID(), in: stl, by: facilitation, now: now, on: db)
        let sign = try await send(
            .POST, APIURL.sessionMinutesSignatures(slug, .value(session.id!)).path, #"{"password":"contraseña-segura"}"#, as: titular)
        XCTAssertEqual(sign.status, .forbidden, sign.body.string)
        let votes = try await Vote.query(on: db).count()
        XCTAssertEqual(votes, 0)
    }

    func testTheAccountPageNoLongerListsAnEndedSeatAsCurrent() async throws {
        try await loadDemo()
        try await representative("tit@mor.mx", "morelos", "gobierno", 1)
        let browser = Browser(app)
        try await browser.login("tit@mor.mx")
        let before = try await browser.get(SiteURL.account.path).body.string
        XCTAssertFalse(before.contains("Asientos sin derechos vigentes"), before)
        XCTAssertFalse(before.contains("Sin roles asignados"), before)

        try await endTitularTerm("gobierno", 1)

        let after = try await browser.get(SiteURL.account.path).body.string
        XCTAssertTrue(after.contains("Sin roles asignados"), "no current role is left: \(after)")
        XCTAssertTrue(after.contains("Asientos sin derechos vigentes"), after)
        XCTAssertTrue(after.contains("periodo terminado"), after)
    }

    func testAGrantWaitingForAVacantSeatHoldsNoRightsYet() async throws {
        try await loadDemo()
        let waiting = try await makeUser("sup@mor.mx")
        _ = try await UserWrites.grant(
            UserWrites.GrantInput(secretariat: "morelos", role: "representante", sector: "sociedad_civil", seatNumber: "1", holderRole: "suplente"),
            to: waiting, by: .system, on: db)
        let refused = try await send(.POST, APIURL.proposals(slug).path, #"{"title":"Todavía no"}"#, as: waiting)
        XCTAssertEqual(refused.status, .forbidden, refused.body.string)
        // Once the suplente is appointed, the waiting account speaks for the position.
        try await addSuplente("morelos", "sociedad_civil", 1)
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        let seat = try await seat("morelos", "sociedad_civil", 1)
        _ = try await MemberWrites.appoint(
            MemberInput(
                seatId: seat.requireID().uuidString, role: "suplente", personName: "Suplente", appointmentReference: "designacion_directa",
                appointmentReason: "Prueba: designación fuera de la elección", confirmDirectAppointment: "on"), in: stl, by: .system, on: db)
        let accepted = try await send(.POST, APIURL.proposals(slug).path, #"{"title":"Ahora sí"}"#, as: waiting)
        XCTAssertEqual(accepted.status, .created, accepted.body.string)
    }
}

import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// A vote or a signature comes only from the person whose current term holds the seat:
/// ending a term ends its rights at once, and one seat position has one account.
final class SeatRightsTests: AppTestCase {
    private func votePath(_ motion: Motion) -> String {
        APIURL.motionVotes(.value("morelos"), .value(motion.id!)).path
    }

    private func vote(_ motion: Motion, _ option: String, as user: User) async throws -> XCTHTTPResponse {
        var headers = try await bearer(for: user)
        headers.contentType = .json
        return try await app.sendRequest(.POST, votePath(motion), headers: headers, body: ByteBuffer(string: #"{"option":"\#(option)"}"#))
    }

    private let everyone: [String: Attendance] = ["gobierno-1": .titular, "sociedad_civil-1": .titular, "organismo_garante-1": .titular]

    func testAReplacedTitularNoLongerVotesAndTheNewOneDoes() async throws {
        try await loadDemo()
        let old = try await representative("antes@mor.mx", "morelos", "sociedad_civil", 1)
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        let seat = try await seat("morelos", "sociedad_civil", 1)
        // The facilitator appoints someone else: the old titular's term ends.
        _ = try await MemberWrites.appoint(
            MemberInput(
                seatId: seat.requireID().uuidString, role: "titular", personName: "Nueva Titular", appointmentReference: "designacion_directa",
                appointmentReason: "Prueba: designación fuera de la elección", confirmDirectAppointment: "on"), in: stl, by: .system, on: db)
        let new = try await representative("ahora@mor.mx", "morelos", "sociedad_civil", 1)
        let session = try await convene("morelos")
        try await attend(session, "morelos", everyone)
        let motion = try await openMotion(session, "morelos")

        let refused = try await vote(motion, "a_favor", as: old)
        XCTAssertEqual(refused.status, .forbidden, refused.body.string)
        XCTAssertTrue(refused.body.string.contains("Tu periodo en este asiento terminó"), refused.body.string)
        let accepted = try await vote(motion, "en_contra", as: new)
        XCTAssertEqual(accepted.status, .created, accepted.body.string)
        let votes = try await Vote.query(on: db).all()
        XCTAssertEqual(votes.map(\.option), [.enContra])
    }

    func testEndingATermEndsTheVoteAtOnce() async throws {
        try await loadDemo()
        let titular = try await representative("tit@mor.mx", "morelos", "sociedad_civil", 1)
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        let seat = try await seat("morelos", "sociedad_civil", 1)
        let session = try await convene("morelos")
        try await attend(session, "morelos", everyone)
        let motion = try await openMotion(session, "morelos")
        let term = try await SeatTerm.query(on: db).filter(\.$seat.$id == seat.requireID()).filter(\.$role == .titular).filter(\.$endsOn == nil)
            .first()
        try await MemberWrites.end(try XCTUnwrap(term).requireID(), in: stl, by: .system, on: db)

        let res = try await vote(motion, "a_favor", as: titular)
        XCTAssertEqual(res.status, .forbidden)
        let count = try await Vote.query(on: db).count()
        XCTAssertEqual(count, 0)
    }

    func testASecondAccountCannotBeGivenTheSameSeatPosition() async throws {
        try await loadDemo()
        let first = try await makeUser("uno@mor.mx")
        let second = try await makeUser("dos@mor.mx")
        let input = UserWrites.GrantInput(secretariat: "morelos", role: "representante", sector: "sociedad_civil", seatNumber: "1")
        _ = try await UserWrites.grant(input, to: first, by: .system, on: db)
        do {
            _ = try await UserWrites.grant(input, to: second, by: .system, on: db)
            XCTFail("one titular seat, one account")
        } catch let error as AppError {
            XCTAssertEqual(error.status, .conflict)
            XCTAssertTrue(error.message.es.contains("ya tiene una cuenta que lo representa"), error.message.es)
        }
        // The suplente position is another position, once it has a current term.
        try await addSuplente("morelos", "sociedad_civil", 1)
        _ = try await UserWrites.grant(
            UserWrites.GrantInput(secretariat: "morelos", role: "representante", sector: "sociedad_civil", seatNumber: "1", holderRole: "suplente"),
            to: second, by: .system, on: db)
        let grants = try await RoleGrant.query(on: db).filter(\.$role == .representante).filter(\.$termID != nil).count()
        XCTAssertEqual(grants, 2)
    }

    func testAnAccountGivenAVacantPositionSpeaksForItsNextAppointmentOnly() async throws {
        try await loadDemo()
        let waiting = try await makeUser("sup@mor.mx")
        let input = UserWrites.GrantInput(
            secretariat: "morelos", role: "representante", sector: "sociedad_civil", seatNumber: "1", holderRole: "suplente")
        _ = try await UserWrites.grant(input, to: waiting, by: .system, on: db)
        let second = try await makeUser("otra@mor.mx")
        do {
            _ = try await UserWrites.grant(input, to: second, by: .system, on: db)
            XCTFail("the vacant position already has its account")
        } catch let error as AppError {
            XCTAssertEqual(error.status, .conflict)
        }
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        let seat = try await seat("morelos", "sociedad_civil", 1)
        _ = try await MemberWrites.appoint(
            MemberInput(
                seatId: seat.requireID().uuidString, role: "suplente", personName: "Suplente", appointmentReference: "designacion_directa",
                appointmentReason: "Prueba: designación fuera de la elección", confirmDirectAppointment: "on"), in: stl, by: .system, on: db)
        let session = try await convene("morelos")
        try await attend(session, "morelos", ["gobierno-1": .titular, "sociedad_civil-1": .suplente, "organismo_garante-1": .titular])
        let motion = try await openMotion(session, "morelos")
        let first = try await vote(motion, "a_favor", as: waiting)
        XCTAssertEqual(first.status, .created, first.body.string)

        // The next suplente appointed is someone else: this account's rights end with its term.
        _ = try await MemberWrites.appoint(
            MemberInput(
                seatId: seat.requireID().uuidString, role: "suplente", personName: "Otra suplente", appointmentReference: "designacion_directa",
                appointmentReason: "Prueba: designación fuera de la elección", confirmDirectAppointment: "on"), in: stl, by: .system, on: db)
        let later = try await openMotion(session, "morelos", title: "Segunda moción")
        let refused = try await vote(later, "a_favor", as: waiting)
        XCTAssertEqual(refused.status, .forbidden, refused.body.string)
    }

    func testTheBallotHasNoDefaultAndASubmitWithoutAChoiceIsNoVote() async throws {
        try await loadDemo()
        try await representative("tit@mor.mx", "morelos", "sociedad_civil", 1)
        let session = try await convene("morelos")
        try await attend(session, "morelos", everyone)
        let motion = try await openMotion(session, "morelos")
        let browser = Browser(app)
        try await browser.login("tit@mor.mx")
        let path = SiteURL.session(.value("morelos"), .value(session.id!)).path
        let page = try await browser.get(path).body.string
        XCTAssertTrue(page.contains(#"type="radio" name="option" value="a_favor""#), page)
        XCTAssertFalse(page.contains("checked"), "no option is chosen for the member")
        XCTAssertFalse(page.contains("<select name=\"option\""))

        let blank = try await browser.post(SiteURL.motionVote(.value("morelos"), .value(session.id!), .value(motion.id!)).path, form: [:])
        XCTAssertEqual(blank.status, .unprocessableEntity, blank.body.string)
        let votes = try await Vote.query(on: db).count()
        XCTAssertEqual(votes, 0, "a submit without a choice casts nothing")
    }

    func testAMemberWhoCannotVoteSeesWhy() async throws {
        try await loadDemo()
        try await addSuplente("morelos", "sociedad_civil", 1)
        try await representative("sup@mor.mx", "morelos", "sociedad_civil", 1, as: .suplente)
        try await representative("gob2@mor.mx", "morelos", "gobierno", 2)
        let session = try await convene("morelos")
        try await attend(session, "morelos", everyone)
        _ = try await openMotion(session, "morelos")
        let path = SiteURL.session(.value("morelos"), .value(session.id!)).path

        let suplente = Browser(app)
        try await suplente.login("sup@mor.mx")
        let supPage = try await suplente.get(path).body.string
        XCTAssertTrue(supPage.contains("el suplente sólo vota en su ausencia"), supPage)
        XCTAssertFalse(supPage.contains(#"name="option""#))

        let absent = Browser(app)
        try await absent.login("gob2@mor.mx")
        let spanish = try await absent.get(path).body.string
        XCTAssertTrue(spanish.contains("No puedes votar: Tu asiento no registró asistencia"), spanish)
        let english = try await absent.get(path + "?lang=en").body.string
        XCTAssertTrue(
            english.contains("You cannot vote: Your seat&#39;s attendance was not recorded")
                || english.contains("You cannot vote: Your seat's attendance was not recorded"), english)
    }
}

import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Sessions happen in time, on the app's one clock: a Morelos session convened for 10:00 in
/// Mexico City on Thursday 17 December 2026 (16:00 UTC) refuses its attendance, motions,
/// votes, closing and minutes at 15:59 UTC — saying when they open — and accepts them at
/// 16:00; its agenda changes until 15:59 and not at 16:00.
final class SessionTimeTests: AppTestCase {
    private var facilitator: User!
    private var gobierno: User!
    private var session: StlSession!
    private var item: AgendaItem!

    private func utc(_ day: Int, _ hour: Int, _ minute: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        return calendar.date(from: DateComponents(year: 2026, month: 12, day: day, hour: hour, minute: minute))!
    }

    private var beforeStart: Date { utc(17, 15, 59) }
    private var atStart: Date { utc(17, 16, 0) }
    private var slug: Parameter<String> { .value("morelos") }
    private var sid: Parameter<UUID> { .value(session.id!) }

    /// Convened on 9 December for the 17th at 10:00, with one agenda point.
    private func prepare() async throws {
        try await loadDemo()
        facilitator = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        gobierno = try await representative("gob1@mor.mx", "morelos", "gobierno", 1)
        app.clock.set(utc(9, 18, 0))
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        session = try await SessionWrites.convene(
            ConveneInput(
                kind: "ordinaria", date: "2026-12-17", time: "10:00", durationMinutes: "120",
                place: "Sala de juntas", modality: "presencial"),
            in: stl, by: facilitation, now: now, on: db)
        XCTAssertEqual(session.startsAt, atStart, "10:00 in Mexico City is 16:00 UTC")
        item = try await AgendaWrites.add(
            AgendaItemInput(title: "Plan de trabajo"), to: session.requireID(), in: stl, by: facilitation, now: now, on: db)
    }

    private func send(_ method: HTTPMethod, _ path: String, _ body: String = "{}", as user: User) async throws -> XCTHTTPResponse {
        var headers = try await bearer(for: user)
        headers.contentType = .json
        return try await app.sendRequest(method, path, headers: headers, body: ByteBuffer(string: body))
    }

    private func assertNotYetOpen(_ res: XCTHTTPResponse, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(res.status, .conflict, "\(what): \(res.body.string)", file: file, line: line)
        XCTAssertTrue(
            res.body.string.contains("Se podrá registrar a partir del 17 de diciembre de 2026, 10:00 (hora de la Ciudad de México)"),
            "\(what) says when it opens: \(res.body.string)", file: file, line: line)
    }

    private func attendanceBody() async throws -> String {
        let seat = try await seat("morelos", "gobierno", 1)
        return #"{"seats":[{"seatId":"\#(try seat.requireID().uuidString)","attendance":"titular"}]}"#
    }

    func testAttendanceMotionsClosingAndMinutesOpenAtTheStartThroughTheAPI() async throws {
        try await prepare()
        let attendance = APIURL.sessionAttendance(slug, sid).path
        let motions = APIURL.sessionMotions(slug, sid).path
        let finalise = APIURL.sessionMinutesFinalise(slug, sid).path
        let motionBody = #"{"agendaItemId":"\#(try item.requireID().uuidString)","title":"Aprobar el plan"}"#

        app.clock.set(beforeStart)
        assertNotYetOpen(try await send(.PUT, attendance, try await attendanceBody(), as: facilitator), "attendance")
        assertNotYetOpen(try await send(.POST, motions, motionBody, as: facilitator), "a motion")
        assertNotYetOpen(try await send(.POST, finalise, as: facilitator), "finalising (concluding) the session")
        let attendanceRows = try await SeatAttendance.query(on: db).count()
        let motionRows = try await Motion.query(on: db).count()
        XCTAssertEqual(attendanceRows, 0)
        XCTAssertEqual(motionRows, 0)

        app.clock.set(atStart)
        let recorded = try await send(.PUT, attendance, try await attendanceBody(), as: facilitator)
        XCTAssertTrue(recorded.status.code < 300, recorded.body.string)
        let created = try await send(.POST, motions, motionBody, as: facilitator)
        XCTAssertEqual(created.status, .created, created.body.string)
        let motionID = try XCTUnwrap(try json(created)["id"] as? String)
        let close = APIURL.motionClose(slug, .value(try XCTUnwrap(UUID(uuidString: motionID)))).path

        // Rescheduled to the next week while its vote is open: it has not started again.
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        app.clock.set(utc(9, 18, 0))
        _ = try await SessionWrites.edit(
            session.requireID(), ConveneInput(date: "2026-12-17", time: "10:00", place: "Sala de juntas", modality: "presencial"),
            in: stl, by: facilitation, now: now, on: db)
        app.clock.set(beforeStart)
        assertNotYetOpen(try await send(.POST, close, as: facilitator), "closing the vote")
        let stored = try await Motion.find(UUID(uuidString: motionID), on: db)
        XCTAssertEqual(stored?.status, .abierta)

        app.clock.set(atStart)
        let closed = try await send(.POST, close, as: facilitator)
        XCTAssertEqual(closed.status, .ok, closed.body.string)
        let final = try await send(.POST, finalise, as: facilitator)
        XCTAssertEqual(final.status, .ok, final.body.string)
        let concluded = try await StlSession.find(session.id, on: db)
        XCTAssertEqual(concluded?.status, .concluida)
    }

    func testAVoteBeforeTheStartIsRefusedThroughTheOneCastPath() async throws {
        try await prepare()
        // A motion already open (put in place as a fixture): the vote itself is gated too.
        let motion = Motion(
            sessionID: try session.requireID(), agendaItemID: try item.requireID(), title: "Aprobar el plan", text: nil,
            agreementOwner: nil, agreementOwnerSector: nil, agreementDueOn: nil)
        try await motion.create(on: db)
        try await SeatAttendance(
            sessionID: session.requireID(), seatID: try await seat("morelos", "gobierno", 1).requireID(),
            attendance: .titular, attendee: nil
        ).create(on: db)
        let votes = APIURL.motionVotes(slug, .value(try motion.requireID())).path

        app.clock.set(beforeStart)
        assertNotYetOpen(try await send(.POST, votes, #"{"option":"a_favor"}"#, as: gobierno), "a vote")
        let early = try await Vote.query(on: db).count()
        XCTAssertEqual(early, 0)

        // The web ballot is the same path, and the session page says when voting opens.
        let browser = Browser(app)
        try await browser.login("gob1@mor.mx")
        let page = try await browser.get(SiteURL.session(slug, sid).path).body.string
        XCTAssertTrue(page.contains("Se podrá registrar a partir del"), "the member is told when voting opens")
        XCTAssertFalse(page.contains(SiteURL.motionVote(slug, sid, .value(motion.id!)).path), "no ballot before the start")
        let webVote = try await browser.post(SiteURL.motionVote(slug, sid, .value(motion.id!)).path, form: ["option": "a_favor"])
        XCTAssertEqual(webVote.status, .conflict)
        XCTAssertTrue(webVote.body.string.contains("Se podrá registrar a partir del"))

        app.clock.set(atStart)
        let cast = try await send(.POST, votes, #"{"option":"a_favor"}"#, as: gobierno)
        XCTAssertEqual(cast.status, .created, cast.body.string)
    }

    func testTheDeskShowsWhenConductOpensAndAStaleFormComesBackWithTheMessage() async throws {
        try await prepare()
        let browser = Browser(app)
        try await browser.login("fac@mor.mx")
        let conduct = SiteURL.sessionConduct(slug, sid).path
        let attendance = SiteURL.sessionAttendance(slug, sid).path
        let motions = SiteURL.sessionMotions(slug, sid).path

        app.clock.set(beforeStart)
        let early = try await browser.get(conduct).body.string
        XCTAssertTrue(early.contains("Se podrá registrar a partir del 17 de diciembre de 2026, 10:00"), early)
        XCTAssertFalse(early.contains("action=\"\(attendance)\""), "no attendance form before the start")
        XCTAssertFalse(early.contains("action=\"\(motions)\""), "no motion form before the start")
        XCTAssertFalse(early.contains(SiteURL.sessionMinutesFinalise(slug, sid).path), "no way to finalise before the start")
        XCTAssertTrue(early.contains("action=\"\(SiteURL.sessionAgenda(slug, sid).path)\""), "the agenda still changes")

        app.clock.set(atStart)
        let open = try await browser.get(conduct).body.string
        XCTAssertTrue(open.contains("action=\"\(attendance)\""))
        XCTAssertFalse(open.contains("action=\"\(SiteURL.sessionAgenda(slug, sid).path)\""), "the agenda is closed once it starts")
        var form = FormPage.hidden(open, action: motions)
        form["agendaItemId"] = try item.requireID().uuidString
        form["title"] = "Moción enviada antes de tiempo"

        // The same form sent a minute before the start: refused, on the same page, which says
        // when the session opens.
        app.clock.set(beforeStart)
        let refused = try await browser.post(motions, form: form)
        XCTAssertEqual(refused.status, .conflict)
        XCTAssertTrue(refused.body.string.contains("Se podrá registrar a partir del"), refused.body.string)
        XCTAssertFalse(refused.body.string.contains("action=\"\(motions)\""), "the page as it is before the start, without the form")
        XCTAssertTrue(refused.body.string.contains("Conducir"), "the same page")

        app.clock.set(atStart)
        let accepted = try await browser.post(motions, form: form)
        XCTAssertEqual(accepted.status, .seeOther, accepted.body.string)
    }

    func testTheAgendaChangesUntilTheStartAndNotAfter() async throws {
        try await prepare()
        let agenda = APIURL.sessionAgenda(slug, sid).path
        app.clock.set(beforeStart)
        let browser = Browser(app)
        try await browser.login("fac@mor.mx")
        let desk = try await browser.get(SiteURL.sessionConduct(slug, sid).path).body.string
        var form = FormPage.hidden(desk, action: SiteURL.sessionAgenda(slug, sid).path)
        XCTAssertNotNil(form[FormState.pageField], "the agenda form is offered before the start")
        form["title"] = "Punto tardío"
        let added = try await send(.POST, agenda, #"{"title":"Asuntos generales"}"#, as: facilitator)
        XCTAssertEqual(added.status, .created, added.body.string)

        app.clock.set(atStart)
        let late = try await send(.POST, agenda, #"{"title":"Punto tardío"}"#, as: facilitator)
        XCTAssertEqual(late.status, .conflict)
        XCTAssertTrue(late.body.string.contains("ya comenzó"), late.body.string)

        // The form loaded before the start and sent after it: the same page, with the reason.
        let web = try await browser.post(SiteURL.sessionAgenda(slug, sid).path, form: form)
        XCTAssertEqual(web.status, .conflict)
        XCTAssertTrue(web.body.string.contains("ya comenzó"))
        XCTAssertTrue(web.body.string.contains("Conducir"), "the same page")
        let titles = try await AgendaItem.query(on: db).filter(\.$session.$id == session.requireID()).all().map(\.title)
        XCTAssertEqual(Set(titles), ["Plan de trabajo", "Asuntos generales"])
    }

    func testPointsAreRewordedMovedAndWithdrawnUntilTheStartEachAudited() async throws {
        try await prepare()
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        let second = try await AgendaWrites.add(
            AgendaItemInput(title: "Informe de avance"), to: session.requireID(), in: stl, by: facilitation, now: now, on: db)
        let third = try await AgendaWrites.add(
            AgendaItemInput(title: "Asuntos generales"), to: session.requireID(), in: stl, by: facilitation, now: now, on: db)
        let first = APIURL.sessionAgendaItem(slug, sid, .value(try item.requireID())).path
        app.clock.set(beforeStart)
        let audits = try await auditCount()

        // The API: the third point moves to the top and is reworded.
        let moved = try await send(
            .PATCH, APIURL.sessionAgendaItem(slug, sid, .value(try third.requireID())).path,
            #"{"position":1,"title":"Asuntos generales y avisos"}"#, as: facilitator)
        XCTAssertEqual(moved.status, .ok, moved.body.string)
        var order = try await AgendaItem.query(on: db).filter(\.$session.$id == session.requireID()).sort(\.$position).all().map(\.title)
        XCTAssertEqual(order, ["Asuntos generales y avisos", "Plan de trabajo", "Informe de avance"])
        let badPlace = try await send(.PATCH, first, #"{"position":0}"#, as: facilitator)
        XCTAssertEqual(badPlace.status, .unprocessableEntity)
        let refusedToMember = try await send(.PATCH, first, #"{"title":"Otro"}"#, as: gobierno)
        XCTAssertEqual(refusedToMember.status, .forbidden)

        // The web: the first point is withdrawn from the desk.
        let browser = Browser(app)
        try await browser.login("fac@mor.mx")
        let desk = try await browser.get(SiteURL.sessionConduct(slug, sid).path).body.string
        let withdraw = SiteURL.sessionAgendaItemWithdraw(slug, sid, .value(try second.requireID())).path
        XCTAssertTrue(desk.contains("action=\"\(withdraw)\""), "each point can be withdrawn before the start")
        let withdrawn = try await browser.post(withdraw, form: FormPage.hidden(desk, action: withdraw))
        XCTAssertEqual(withdrawn.status, .seeOther, withdrawn.body.string)
        order = try await AgendaItem.query(on: db).filter(\.$session.$id == session.requireID()).sort(\.$position).all().map(\.title)
        XCTAssertEqual(order, ["Asuntos generales y avisos", "Plan de trabajo"])
        let positions = try await AgendaItem.query(on: db).filter(\.$session.$id == session.requireID()).sort(\.$position).all().map(\.position)
        XCTAssertEqual(positions, [1, 2])
        let after = try await auditCount()
        XCTAssertEqual(after, audits + 2, "one audit entry per change")

        // From the start on, nothing of the agenda changes: API and web.
        app.clock.set(atStart)
        let late = try await send(.PATCH, first, #"{"title":"Tarde"}"#, as: facilitator)
        XCTAssertEqual(late.status, .conflict)
        XCTAssertTrue(late.body.string.contains("ya comenzó"))
        let lateDelete = try await send(.DELETE, first, as: facilitator)
        XCTAssertEqual(lateDelete.status, .conflict)
        let lateWeb = try await browser.post(SiteURL.sessionAgendaItemWithdraw(slug, sid, .value(try item.requireID())).path, form: [:])
        XCTAssertEqual(lateWeb.status, .conflict)
        let count = try await AgendaItem.query(on: db).filter(\.$session.$id == session.requireID()).count()
        XCTAssertEqual(count, 2)
        let open = try await browser.get(SiteURL.sessionConduct(slug, sid).path).body.string
        XCTAssertFalse(open.contains("retirar\""), "no withdraw button once it started")
    }

    func testEveryConductFormPostedBeforeTheStartIsRefusedOnTheWeb() async throws {
        try await prepare()
        let browser = Browser(app)
        try await browser.login("fac@mor.mx")
        let seat = try await seat("morelos", "gobierno", 1)
        let attendance = ["seat_\(try seat.requireID().uuidString)": "titular"]

        app.clock.set(beforeStart)
        let page = try await Browser(app).get(SiteURL.session(slug, sid).path).body.string
        XCTAssertTrue(page.contains("Se podrá registrar a partir del 17 de diciembre de 2026, 10:00"), "the public page says when it opens")
        for (what, path, form) in [
            ("attendance", SiteURL.sessionAttendance(slug, sid).path, attendance),
            ("a motion", SiteURL.sessionMotions(slug, sid).path, ["agendaItemId": try item.requireID().uuidString, "title": "Moción"]),
            ("finalising", SiteURL.sessionMinutesFinalise(slug, sid).path, [:]),
        ] {
            let res = try await browser.post(path, form: form)
            XCTAssertEqual(res.status, .conflict, what)
            XCTAssertTrue(res.body.string.contains("Se podrá registrar a partir del"), what)
        }
        let rows = try await SeatAttendance.query(on: db).count()
        XCTAssertEqual(rows, 0)

        app.clock.set(atStart)
        let recorded = try await browser.post(SiteURL.sessionAttendance(slug, sid).path, form: attendance)
        XCTAssertEqual(recorded.status, .seeOther, recorded.body.string)
        let started = try await Browser(app).get(SiteURL.session(slug, sid).path).body.string
        XCTAssertFalse(started.contains("Se podrá registrar a partir del"))
    }
}

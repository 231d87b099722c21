import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Sessions, motions and votes in the Popolo export, and the session datasets of the
/// open-data catalogue.
final class PopoloSessionsTests: AppTestCase {
    /// The demo year as of 25 November 2026, whatever today is: eleven sessions concluded.
    private func loadDemoYear() async throws {
        try await DemoSessionsLoader(db: db).load(now: try XCTUnwrap(CivilDateTime(year: 2026, month: 11, day: 25, hour: 12)).date)
    }

    private func popolo(_ slug: String) async throws -> (PopoloExport, String) {
        let res = try await app.sendRequest(.GET, OpenDataURL.popolo(.value(slug)).path)
        XCTAssertEqual(res.status, .ok)
        return (try res.content.decode(PopoloExport.self), res.body.string)
    }

    func testTheDemoYearBecomesEventsMotionsAndVoteEventsThatResolveInsideTheDocument() async throws {
        try await loadDemo()
        try await loadDemoYear()
        let morelos = try await Secretariat.find(slug: "morelos", on: db)
        let publicSessions = try await StlSession.query(on: db).filter(\.$secretariat.$id == morelos.requireID())
            .filter(\.$status != .solicitada).count()
        let closedMotions = try await Motion.query(on: db).join(StlSession.self, on: \Motion.$session.$id == \StlSession.$id)
            .filter(StlSession.self, \.$secretariat.$id == morelos.requireID()).filter(\.$status == .cerrada).count()

        let (export, body) = try await popolo("morelos")

        XCTAssertGreaterThan(publicSessions, 0)
        XCTAssertEqual(export.events.count, publicSessions)
        XCTAssertEqual(export.vote_events.count, closedMotions)
        XCTAssertFalse(body.contains("secretariado.invalid"), "the demo members' e-mails stay private")
        let events = Set(export.events.map(\.id))
        let motions = Set(export.motions.map(\.id))
        let organizations = Set(export.organizations.map(\.id))
        let persons = Set(export.persons.map(\.id))
        for event in export.events {
            XCTAssertEqual(event.organization_id, "stl-morelos")
            XCTAssertTrue(["sesión ordinaria", "sesión extraordinaria"].contains(event.classification))
            XCTAssertTrue(["confirmed", "cancelled"].contains(event.status))
            XCTAssertNotNil(ISO8601DateFormatter().date(from: event.start_date), event.start_date)
        }
        for motion in export.motions {
            XCTAssertTrue(events.contains(motion.legislative_session_id ?? ""))
            XCTAssertTrue(["pass", "fail"].contains(motion.result ?? ""), "every demo motion was decided")
        }
        for voteEvent in export.vote_events {
            XCTAssertTrue(motions.contains(voteEvent.motion_id))
            XCTAssertTrue(events.contains(voteEvent.legislative_session_id ?? ""))
            XCTAssertEqual(voteEvent.votes.count, 4, "one vote per seat of Morelos, absent seats included")
            let totals = voteEvent.counts.filter { $0.group_id == nil }
            XCTAssertEqual(totals.map(\.value).reduce(0, +), voteEvent.votes.count)
            for vote in voteEvent.votes {
                XCTAssertTrue(["yes", "no", "abstain", "absent", "not voting"].contains(vote.option))
                XCTAssertTrue(organizations.contains(vote.group_id ?? ""))
                if let voter = vote.voter_id { XCTAssertTrue(persons.contains(voter)) }
                if let voter = vote.voter { XCTAssertTrue(organizations.contains(voter.id)) }
            }
            for count in voteEvent.counts {
                if let group = count.group_id { XCTAssertTrue(organizations.contains(group)) }
            }
        }
        // Morelos, August: the guarantor's missing vote blocked the majority.
        XCTAssertTrue(export.vote_events.contains { $0.result == "fail" })
    }

    func testAVoteEventNamesThePersonWhoVotedCountsAbsentSeatsAndLeaksNoContactData() async throws {
        try await loadDemo()
        let detail = try await SecretariatDetail.load(slug: "morelos", on: db)
        try await MemberWrites.appoint(
            MemberInput(
                seatId: detail.seats(in: .gobierno)[0].seat.id!.uuidString, role: "titular", personName: "Rosa Privada",
                personEmail: "rosa@privado.mx", personPhone: "777 000 0000"),
            in: detail.secretariat, by: .system, on: db)
        let session = try await convene("morelos")
        try await attend(session, "morelos", ["gobierno-1": .titular, "sociedad_civil-1": .titular])
        let motion = try await openMotion(session, "morelos")
        let voter = try await representative("rosa@mor.mx", "morelos", "gobierno", 1)
        let stl = detail.secretariat
        _ = try await VoteWrites.cast(VoteInput(option: "a_favor"), on: motion.requireID(), in: stl, by: actor(voter), now: now, on: db)
        _ = try await MotionWrites.close(motion.requireID(), in: stl, by: facilitation, now: now, on: db)
        let open = try await openMotion(session, "morelos", title: "Aún en votación")

        let (export, body) = try await popolo("morelos")

        XCTAssertFalse(body.contains("rosa@privado.mx"))
        XCTAssertFalse(body.contains("777 000"))
        let rosa = try XCTUnwrap(export.persons.first { $0.name == "Rosa Privada" })
        let voteEvent = try XCTUnwrap(export.vote_events.first { $0.motion_id == PopoloExport.motionID(motion.id!) })
        XCTAssertEqual(voteEvent.legislative_session_id, PopoloExport.eventID(session.id!))
        let byGroup = Dictionary(grouping: voteEvent.votes) { $0.group_id ?? "" }
        let government = try XCTUnwrap(byGroup["stl-morelos-sector-gobierno"])
        XCTAssertEqual(government.first { $0.voter_id == rosa.id }?.option, "yes")
        XCTAssertEqual(government.first { $0.voter_id == rosa.id }?.role, "titular")
        XCTAssertEqual(government.filter { $0.option == "absent" }.count, 1, "gobierno-2 did not attend")
        let civil = try XCTUnwrap(byGroup["stl-morelos-sector-sociedad_civil"]?.first)
        XCTAssertEqual(civil.option, "not voting", "present without a vote")
        XCTAssertNil(civil.voter_id)
        XCTAssertEqual(civil.voter?.name, "COPARMEX Morelos", "a seat held by a body names it as the voter")
        let totals = Dictionary(uniqueKeysWithValues: voteEvent.counts.filter { $0.group_id == nil }.map { ($0.option, $0.value) })
        XCTAssertEqual(totals, ["yes": 1, "no": 0, "abstain": 0, "absent": 2, "not voting": 1])
        XCTAssertEqual(voteEvent.counts.first { $0.group_id == "stl-morelos-sector-gobierno" && $0.option == "yes" }?.value, 1)
        // The open motion is listed without a result and has no vote event yet.
        let openMotion = try XCTUnwrap(export.motions.first { $0.id == PopoloExport.motionID(open.id!) })
        XCTAssertNil(openMotion.result)
        XCTAssertFalse(export.vote_events.contains { $0.motion_id == openMotion.id })
    }

    func testACancelledSessionIsACancelledEventAndRequestsStayOut() async throws {
        try await loadDemo()
        let stl = try await Secretariat.find(slug: "jalisco", on: db)
        let session = try await convene("jalisco")
        _ = try await SessionWrites.cancel(session.requireID(), CancelInput(reason: "Sin sala"), in: stl, by: facilitation, on: db)
        _ = try await SessionWrites.request(SessionRequestInput(kind: "extraordinaria", reason: "Privada"), in: stl, by: facilitation, on: db)

        let (export, _) = try await popolo("jalisco")

        XCTAssertEqual(export.events.map(\.status), ["cancelled"])
        XCTAssertEqual(export.events.first?.id, PopoloExport.eventID(session.id!))
    }

    func testCatalogListsCalendarsArchivesAndAgreementsOfEverySTL() async throws {
        try await loadDemo()

        let res = try await app.sendRequest(.GET, OpenDataURL.catalog.path)

        let catalog = try res.content.decode(OpenDataCatalog.self)
        let slugs = try await Secretariat.query(on: db).all().map(\.slug)
        for slug in slugs {
            XCTAssertTrue(catalog.datasets.contains { $0.url == APIURL.sessionsCalendar(.value(slug)).path && $0.format == "text/calendar" }, slug)
            XCTAssertTrue(catalog.datasets.contains { $0.url == APIURL.archive(.value(slug)).path }, slug)
            XCTAssertTrue(catalog.datasets.contains { $0.url == APIURL.agreements(.value(slug)).path }, slug)
        }
        XCTAssertTrue(catalog.datasets.contains { $0.url == OpenDataURL.agreementsCSV.path && $0.format == "text/csv" })
        XCTAssertEqual(Set(catalog.datasets.map(\.id)).count, catalog.datasets.count, "dataset ids are unique")
    }

    func testAgreementsCSVListsEveryAgreementWithPublicFieldsOnly() async throws {
        try await loadDemo()
        try await loadDemoYear()
        let count = try await Agreement.query(on: db).count()

        let res = try await app.sendRequest(.GET, OpenDataURL.agreementsCSV.path)

        XCTAssertEqual(res.headers.contentType?.subType, "csv")
        let text = res.body.string
        XCTAssertTrue(
            text.hasPrefix(
                "secretariado,codigo,titulo,descripcion,responsable,sector_responsable,fecha_compromiso,estado,sesion,fecha_sesion,demo\r\n"))
        XCTAssertGreaterThan(count, 0)
        XCTAssertEqual(text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, count + 1)
        XCTAssertTrue(text.contains("morelos,ACU-2026-001,Aprobar la ruta de trabajo 2026 del STL,"))
        XCTAssertFalse(text.contains("@"), "no e-mail in the agreements")
    }
}

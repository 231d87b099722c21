import Fluent
import SecretariadoCore
import SecretariadoTestSupport
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Convening, changing and cancelling a session tells every member, the facilitator and the
/// guarantor staff, with an invitation their calendar understands.
final class SessionNoticeTests: AppTestCase {
    private func calendar(_ row: OutboxMessage) throws -> (method: String, root: ICSTestReader.Component) {
        let message = try Outbox.decode(row)
        let part = try XCTUnwrap(message.calendar, "no calendar part for \(row.recipient)")
        return (part.method, try ICSTestReader.parse(part.text))
    }

    func testConveningTellsEveryMemberFacilitatorAndGuarantorOnceEachWithARequest() async throws {
        try await loadDemo()
        let members = try await giveMembersAddresses("morelos")
        XCTAssertGreaterThan(members.count, 3)
        let facilitator = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        _ = try await makeUser("garante@mor.mx", grants: [("morelos", .garante, nil, nil)])
        // A guarantor of another STL hears nothing of Morelos.
        _ = try await makeUser("garante@otro.mx", grants: [("jalisco", .garante, nil, nil)])

        let session = try await convene("morelos")

        let rows = try await outbox(kind: .sessionConvened)
        XCTAssertEqual(Set(rows.map(\.recipient)), Set(members + ["fac@mor.mx", "garante@mor.mx"]))
        XCTAssertEqual(rows.count, members.count + 2, "one message per person")
        let expectedUID = SessionCalendar.uid(of: try session.requireID())
        for row in rows {
            let (method, root) = try calendar(row)
            XCTAssertEqual(method, "REQUEST")
            XCTAssertEqual(root.value("METHOD"), "REQUEST")
            let event = try XCTUnwrap(root.children.first { $0.name == "VEVENT" })
            XCTAssertEqual(event.value("UID"), expectedUID)
            XCTAssertEqual(event.value("SEQUENCE"), "0")
            XCTAssertEqual(
                event.properties.filter { $0.name == "ATTENDEE" }.map(\.value), ["mailto:\(row.recipient)"],
                "each invitation names only its own recipient")
            XCTAssertNotNil(event.properties.first { $0.name == "ORGANIZER" })
            let message = try Outbox.decode(row)
            XCTAssertTrue(message.subject.contains("STL Morelos"), message.subject)
            XCTAssertTrue(message.text.contains("http://localhost:8080/stl/morelos/sesiones/\(try session.requireID().uuidString)"), message.text)
        }
        // The same UID as the public feed.
        let feed = try await SessionCalendar.build(for: Secretariat.find(slug: "morelos", on: db), on: db)
        XCTAssertEqual(feed.events.map(\.uid), [expectedUID])
        // Accounts get an in-app notice too.
        let notices = try await Notice.query(on: db).filter(\.$user.$id == facilitator.requireID()).all()
        XCTAssertEqual(notices.map(\.kind), [NotificationKind.sessionConvened.rawValue])
        XCTAssertEqual(notices.first?.link, SiteURL.session(.value("morelos"), .value(try session.requireID())).path)
    }

    func testEachMessageIsInItsRecipientsLanguage() async throws {
        try await loadDemo()
        let english = try await representative("rep@mor.mx", "morelos", "gobierno", 1)
        try await setLanguage(.en, for: english)
        _ = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])

        _ = try await convene("morelos")

        let rows = try await outbox(kind: .sessionConvened)
        let rep = try XCTUnwrap(rows.first { $0.recipient == "rep@mor.mx" })
        let fac = try XCTUnwrap(rows.first { $0.recipient == "fac@mor.mx" })
        XCTAssertEqual(rep.language, "en")
        let repSubject = try Outbox.decode(rep).subject
        let facSubject = try Outbox.decode(fac).subject
        XCTAssertTrue(repSubject.hasPrefix("Convocation: Ordinary session no. 1"), repSubject)
        XCTAssertEqual(fac.language, "es")
        XCTAssertTrue(facSubject.hasPrefix("Convocatoria: Sesión ordinaria n.º 1"), facSubject)
    }

    func testRescheduleRaisesTheSequenceAndCancelSaysCancel() async throws {
        try await loadDemo()
        _ = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        let session = try await convene("morelos")

        _ = try await SessionWrites.edit(
            session.requireID(), ConveneInput(date: localDay(8), time: "12:00", place: "Auditorio", modality: "presencial"),
            in: stl, by: facilitation, now: now, on: db)
        let changed = try await outbox(kind: .sessionRescheduled)
        XCTAssertEqual(changed.map(\.recipient), ["fac@mor.mx"])
        let (method, root) = try calendar(changed[0])
        XCTAssertEqual(method, "REQUEST")
        XCTAssertEqual(root.children.first { $0.name == "VEVENT" }?.value("SEQUENCE"), "1")

        _ = try await SessionWrites.cancel(session.requireID(), CancelInput(reason: "Falta de quórum previsible"), in: stl, by: facilitation, on: db)
        let cancelled = try await outbox(kind: .sessionCancelled)
        XCTAssertEqual(cancelled.count, 1)
        let (cancelMethod, cancelRoot) = try calendar(cancelled[0])
        XCTAssertEqual(cancelMethod, "CANCEL")
        XCTAssertEqual(cancelRoot.value("METHOD"), "CANCEL")
        let event = try XCTUnwrap(cancelRoot.children.first { $0.name == "VEVENT" })
        XCTAssertEqual(event.value("STATUS"), "CANCELLED")
        XCTAssertEqual(event.value("SEQUENCE"), "2")
        XCTAssertEqual(event.value("UID"), SessionCalendar.uid(of: try session.requireID()))
        XCTAssertTrue(try Outbox.decode(cancelled[0]).text.contains("Falta de quórum previsible"))
    }

    func testAFailedConvocationEnqueuesNothing() async throws {
        try await loadDemo()
        _ = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        // Too soon for the charter's notice period: the write fails, nothing is told.
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        do {
            _ = try await SessionWrites.convene(
                ConveneInput(kind: "ordinaria", date: localDay(1), time: "10:00", durationMinutes: "120", place: "Sala", modality: "presencial"),
                in: stl, by: facilitation, now: now, on: db)
            XCTFail("expected a refusal")
        } catch {}
        let count = try await OutboxMessage.query(on: db).count()
        XCTAssertEqual(count, 0)
    }

    func testEnqueueRollsBackWithItsTransaction() async throws {
        try await loadDemo()
        _ = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        let session = try await convene("morelos")
        let before = try await OutboxMessage.query(on: db).count()
        let noticesBefore = try await Notice.query(on: db).count()
        struct Boom: Error {}
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        do {
            try await db.writeTransaction { db in
                try await SessionNotices.send(.rescheduled, session: session, in: stl, on: db)
                let inside = try await OutboxMessage.query(on: db).count()
                XCTAssertGreaterThan(inside, before, "enqueued inside the transaction")
                throw Boom()
            }
        } catch is Boom {}
        let after = try await OutboxMessage.query(on: db).count()
        let noticesAfter = try await Notice.query(on: db).count()
        XCTAssertEqual(after, before)
        XCTAssertEqual(noticesAfter, noticesBefore)
    }

    func testARequestTellsTheFacilitatorOnly() async throws {
        try await loadDemo()
        let rep = try await representative("rep@mor.mx", "morelos", "gobierno", 1)
        _ = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        _ = try await SessionWrites.request(
            SessionRequestInput(kind: "extraordinaria", reason: "Revisar el presupuesto"),
            in: stl, by: actor(rep), on: db)
        let rows = try await outbox(kind: .sessionRequested)
        XCTAssertEqual(rows.map(\.recipient), ["fac@mor.mx"])
        XCTAssertTrue(try Outbox.decode(rows[0]).text.contains("Revisar el presupuesto"))
    }

    func testDemonstrationDataTellsNobody() async throws {
        try await loadDemo()
        _ = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        try await Notifier.muted { _ = try await convene("morelos") }
        let rows = try await OutboxMessage.query(on: db).count()
        let notices = try await Notice.query(on: db).count()
        XCTAssertEqual(rows + notices, 0)
    }
}

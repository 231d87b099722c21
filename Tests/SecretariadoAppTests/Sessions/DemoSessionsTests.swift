import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// The demo year of sessions: realistic, decided by each STL's own rule, signed, verifiable.
final class DemoSessionsTests: AppTestCase {
    func testTheDemoYearIsSignedVerifiableAndFollowsEachRule() async throws {
        try await loadDemo()
        let now = try XCTUnwrap(CivilDateTime(year: 2026, month: 11, day: 25, hour: 12)).date
        let created = try await DemoSessionsLoader(db: db).load(now: now)
        XCTAssertEqual(created, 36, "eleven concluded sessions and December's, convened, for each of the three STLs")

        for slug in DemoSessionsLoader.slugs {
            let archive = try await app.sendRequest(.GET, APIURL.archive(.value(slug)).path)
            let report = try ArchiveVerifier.verify(Data(archive.body.readableBytesView))
            XCTAssertNil(report.failure, slug)
            XCTAssertEqual(report.minutes, 11, slug)
            XCTAssertGreaterThan(report.signatures, 11 * 3, slug)
        }
        // Jalisco, May: a majority without any civil-society vote is not adopted.
        let jalisco = try await Secretariat.find(slug: "jalisco", on: db)
        let mayMotion = try await Motion.query(on: db).join(StlSession.self, on: \Motion.$session.$id == \StlSession.$id)
            .filter(StlSession.self, \.$secretariat.$id == jalisco.requireID()).filter(StlSession.self, \.$number == 5).first()
        XCTAssertEqual(mayMotion?.result, "not_adopted")
        XCTAssertTrue(mayMotion?.explanation?.contains("al menos un voto a favor de sociedad civil") ?? false)
        // Morelos, August: the guarantor's missing vote blocks the majority.
        let morelos = try await Secretariat.find(slug: "morelos", on: db)
        let august = try await Motion.query(on: db).join(StlSession.self, on: \Motion.$session.$id == \StlSession.$id)
            .filter(StlSession.self, \.$secretariat.$id == morelos.requireID()).filter(StlSession.self, \.$number == 8).first()
        XCTAssertEqual(august?.result, "not_adopted")
        // Suplentes stood in, and someone refused to sign with reasons.
        let bySuplente = try await SeatAttendance.query(on: db).filter(\.$attendance == .suplente).count()
        XCTAssertGreaterThan(bySuplente, 5)
        let refusals = try await MinutesSignature.query(on: db).filter(\.$decision == .rechazo).count()
        XCTAssertGreaterThan(refusals, 0)
        // December is ahead: convened with an agenda, in the calendar.
        let ics = try await app.sendRequest(.GET, APIURL.sessionsCalendar(.value("nuevo-leon")).path)
        XCTAssertEqual(ics.body.string.components(separatedBy: "BEGIN:VEVENT").count - 1, 12)
        // Demo accounts carry no usable, shown password and no real address.
        let demoUsers = try await User.query(on: db).filter(\.$email ~~ "@secretariado.invalid").count()
        XCTAssertGreaterThan(demoUsers, 20)

        let again = try await DemoSessionsLoader(db: db).load(now: now)
        XCTAssertEqual(again, 0, "loading twice adds nothing")
        let sessions = try await StlSession.query(on: db).count()
        XCTAssertEqual(sessions, 36)
    }

    func testDemoPagesRender() async throws {
        try await loadDemo()
        try await loadDemoSessions()
        let session = try unwrapped(try await StlSession.query(on: db).filter(\.$status == .concluida).first())
        let stl = try await session.$secretariat.get(on: db)
        for path in [
            SiteURL.sessions(.value(stl.slug)).path, SiteURL.session(.value(stl.slug), .value(session.id!)).path,
            SiteURL.sessionMinutes(.value(stl.slug), .value(session.id!)).path, SiteURL.agreements(.value(stl.slug)).path,
            SiteURL.secretariat(.value(stl.slug)).path,
        ] {
            let res = try await app.sendRequest(.GET, path)
            XCTAssertEqual(res.status, .ok, path)
        }
        let page = try await app.sendRequest(.GET, SiteURL.secretariat(.value(stl.slug)).path)
        XCTAssertTrue(page.body.string.contains(SiteURL.sessions(.value(stl.slug)).path), "the STL's page links its sessions")
    }
}

extension CivilDateTime {
    var date: Date { MexicoCityTime.date(at: self) }
}

import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// «Mi trabajo»: the start page of every signed-in person.
final class MyWorkTests: AppTestCase {
    func testSigningInWithoutNextLandsOnMyWorkAndNextStillWins() async throws {
        try await loadDemo()
        try await makeUser("ana@example.org")
        let browser = Browser(app)
        let res = try await browser.post(SiteURL.login.path, form: ["email": "ana@example.org", "password": "contraseña-segura"])
        XCTAssertEqual(res.headers.first(name: .location), SiteURL.myWork.path)
        let page = try await browser.get(SiteURL.myWork.path)
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.string.contains("<h1>Mi trabajo</h1>"))
        XCTAssertTrue(page.body.string.contains("href=\"/mi-trabajo\""), "the header links it")

        let other = Browser(app)
        let withNext = try await other.post(
            SiteURL.login.path, form: ["email": "ana@example.org", "password": "contraseña-segura", "next": "/comparativo"])
        XCTAssertEqual(withNext.headers.first(name: .location), "/comparativo")
    }

    func testTheLoginFormKeepsNoNextWhenNoneWasGiven() async throws {
        let form = try await Browser(app).get(SiteURL.login.path)
        XCTAssertTrue(form.body.string.contains("name=\"next\""))
        XCTAssertFalse(form.body.string.contains("name=\"next\" value=\"/\""), "no return page means «Mi trabajo», not the home page")
    }

    func testTheAnonymousAreSentToSignIn() async throws {
        let res = try await Browser(app).get(SiteURL.myWork.path)
        XCTAssertEqual(res.status, .seeOther)
        XCTAssertTrue(res.headers.first(name: .location)?.hasPrefix(SiteURL.login.path) ?? false)
    }

    func testARepresentativeSeesTheVoteOpenForTheirSeatAndTheFacilitatorTheSessionToRun() async throws {
        try await loadDemo()
        try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        try await representative("gob1@mor.mx", "morelos", "gobierno", 1)
        try await representative("gob2@mor.mx", "morelos", "gobierno", 2)
        let session = try await convene("morelos")
        try await attend(session, "morelos", ["gobierno-1": .titular, "sociedad_civil-1": .titular, "organismo_garante-1": .titular])
        _ = try await openMotion(session, "morelos", title: "Aprobar el calendario")

        let rep = Browser(app)
        try await rep.login("gob1@mor.mx")
        let mine = try await rep.get(SiteURL.myWork.path).body.string
        XCTAssertTrue(mine.contains("Votación abierta para tu asiento: «Aprobar el calendario»"), mine)
        XCTAssertTrue(mine.contains("href=\"\(SiteURL.session(.value("morelos"), .value(session.id!)).path)\""))

        // Seat 2 did not attend: nothing waits for its holder.
        let absent = Browser(app)
        try await absent.login("gob2@mor.mx")
        let theirs = try await absent.get(SiteURL.myWork.path).body.string
        XCTAssertFalse(theirs.contains("Votación abierta para tu asiento"))
        XCTAssertTrue(theirs.contains("Nada pendiente aquí."))

        let fac = Browser(app)
        try await fac.login("fac@mor.mx")
        let desk = try await fac.get(SiteURL.myWork.path).body.string
        XCTAssertTrue(desk.contains("href=\"\(SiteURL.sessionConduct(.value("morelos"), .value(session.id!)).path)\""), desk)
        XCTAssertFalse(desk.contains("Votación abierta para tu asiento"), "the facilitator has no vote")
    }

    func testAfterFinalisingTheMinutesWaitForTheSignatureOfWhoAttended() async throws {
        try await loadDemo()
        try await representative("gob1@mor.mx", "morelos", "gobierno", 1)
        let session = try await convene("morelos")
        try await attend(session, "morelos", ["gobierno-1": .titular, "sociedad_civil-1": .titular, "organismo_garante-1": .titular])
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        _ = try await MinutesWrites.finalise(session: session.requireID(), in: stl, by: facilitation, now: now, on: db)
        let rep = Browser(app)
        try await rep.login("gob1@mor.mx")
        let mine = try await rep.get(SiteURL.myWork.path).body.string
        XCTAssertTrue(mine.contains("Minuta por firmar"), mine)
        XCTAssertTrue(mine.contains("\(SiteURL.session(.value("morelos"), .value(session.id!)).path)#firmar"))
    }

    func testAdministratorsGetANationalSummary() async throws {
        try await loadDemo()
        try await makeUser("root@example.org", admin: true)
        let browser = Browser(app)
        try await browser.login("root@example.org")
        let page = try await browser.get(SiteURL.myWork.path).body.string
        XCTAssertTrue(page.contains("Resumen nacional"))
        XCTAssertTrue(page.contains("<strong>16</strong>"), "the 16 STLs of the guide")
    }
}

import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Irreversible actions: a link to a confirmation page (GET) that says what will happen and
/// what cannot be undone, whose button posts (with CSRF) to the action.
final class ConfirmationTests: AppTestCase {
    private func facilitatorSession() async throws -> (Browser, StlSession) {
        try await loadDemo()
        try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        let browser = Browser(app)
        try await browser.login("fac@mor.mx")
        return (browser, try await convene("morelos"))
    }

    func testFinalisingIsNotOfferedBeforeAttendanceAndItsConfirmationSaysWhy() async throws {
        let (browser, session) = try await facilitatorSession()
        let finalise = SiteURL.sessionMinutesFinalise(.value("morelos"), .value(session.id!)).path
        // Before the start, the confirmation says when the session opens.
        let early = try await browser.get(finalise).body.string
        XCTAssertTrue(early.contains("Se podrá registrar a partir del"), early)
        XCTAssertFalse(early.contains("action=\"\(finalise)\""), "no button before the start")
        try await begin(session)
        let conduct = try await browser.get(SiteURL.sessionConduct(.value("morelos"), .value(session.id!)).path).body.string
        XCTAssertFalse(conduct.contains(finalise), "no way to finalise before attendance")
        XCTAssertTrue(conduct.contains("Registra la asistencia antes de finalizar la minuta"))

        let confirm = try await browser.get(finalise)
        XCTAssertEqual(confirm.status, .ok)
        XCTAssertTrue(confirm.body.string.contains("Registra la asistencia"))
        XCTAssertFalse(confirm.body.string.contains("action=\"\(finalise)\""), "no button while refused")
    }

    func testFinalisingGoesThroughItsConfirmationPage() async throws {
        let (browser, session) = try await facilitatorSession()
        try await attend(session, "morelos", ["gobierno-1": .titular, "sociedad_civil-1": .titular, "organismo_garante-1": .titular])
        let finalise = SiteURL.sessionMinutesFinalise(.value("morelos"), .value(session.id!)).path
        let conduct = try await browser.get(SiteURL.sessionConduct(.value("morelos"), .value(session.id!)).path).body.string
        XCTAssertTrue(conduct.contains("<a class=\"button\" href=\"\(finalise)\">"), "a link, not a one-click form")
        XCTAssertFalse(conduct.contains("action=\"\(finalise)\""))

        let confirm = try await browser.get(finalise).body.string
        XCTAssertTrue(confirm.contains("No se puede deshacer"))
        XCTAssertTrue(confirm.contains("<form class=\"confirm\" method=\"post\" action=\"\(finalise)\">"))
        XCTAssertTrue(confirm.contains("name=\"\(CSRF.fieldName)\""))

        let done = try await browser.post(finalise, form: [:])
        XCTAssertEqual(done.status, .seeOther)
        let stored = try await StlSession.find(session.id, on: db)
        XCTAssertEqual(stored?.status, .concluida)
    }

    func testClosingAVoteGoesThroughItsConfirmationPage() async throws {
        let (browser, session) = try await facilitatorSession()
        try await attend(session, "morelos", ["gobierno-1": .titular, "sociedad_civil-1": .titular, "organismo_garante-1": .titular])
        let motion = try await openMotion(session, "morelos")
        let close = SiteURL.motionClose(.value("morelos"), .value(session.id!), .value(motion.id!)).path
        let conduct = try await browser.get(SiteURL.sessionConduct(.value("morelos"), .value(session.id!)).path).body.string
        XCTAssertTrue(conduct.contains("href=\"\(close)\""))
        XCTAssertFalse(conduct.contains("action=\"\(close)\""))
        let confirm = try await browser.get(close).body.string
        XCTAssertTrue(confirm.contains(motion.title))
        XCTAssertTrue(confirm.contains("action=\"\(close)\""))
        _ = try await browser.post(close, form: [:])
        let stored = try await Motion.find(motion.id, on: db)
        XCTAssertEqual(stored?.status, .cerrada)
    }

    func testEndingATermIsConfirmedAndAskedOfEditorsOnly() async throws {
        try await loadDemo()
        try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        try await representative("gob1@mor.mx", "morelos", "gobierno", 1)
        let seat = try await seat("morelos", "gobierno", 1)
        let term = try await unwrapped(try await SeatTerm.query(on: db).filter(\.$seat.$id == seat.requireID()).filter(\.$endsOn == nil).first())
        let end = SiteURL.manageEndTerm(.value("morelos"), .value(term.id!)).path

        let rep = Browser(app)
        try await rep.login("gob1@mor.mx")
        let refused = try await rep.get(end)
        XCTAssertEqual(refused.status, .forbidden)

        let fac = Browser(app)
        try await fac.login("fac@mor.mx")
        let manage = try await fac.get(SiteURL.manage(.value("morelos")).path).body.string
        XCTAssertTrue(manage.contains("href=\"\(end)\""))
        XCTAssertFalse(manage.contains("action=\"\(end)\""))
        let confirm = try await fac.get(end).body.string
        XCTAssertTrue(confirm.contains("¿Terminar el periodo?"))
        XCTAssertTrue(confirm.contains("action=\"\(end)\""))
        _ = try await fac.post(end, form: [:])
        let stored = try await SeatTerm.find(term.id, on: db)
        XCTAssertNotNil(stored?.endsOn)
        let again = try await fac.get(end).body.string
        XCTAssertTrue(again.contains("Ese periodo ya había terminado."))
        XCTAssertFalse(again.contains("action=\"\(end)\""))
    }

    func testRemovingAPromoterMemberAndIssuingTheActaAreConfirmed() async throws {
        try await loadDemo()
        try await DemoInstallationLoader(db: db).load()
        try await makeUser("og@yuc.mx", grants: [("yucatan", .garante, nil, nil)])
        let browser = Browser(app)
        try await browser.login("og@yuc.mx")
        let stl = try await Secretariat.find(slug: "yucatan", on: db)
        let member = try await unwrapped(try await PromoterMember.query(on: db).filter(\.$secretariat.$id == stl.requireID()).first())
        let remove = SiteURL.installationPromoterRemove(.value("yucatan"), .value(member.id!)).path
        let page = try await browser.get(SiteURL.installationPromoters(.value("yucatan")).path).body.string
        XCTAssertTrue(page.contains("href=\"\(remove)\""))
        XCTAssertFalse(page.contains("action=\"\(remove)\""))
        let confirm = try await browser.get(remove).body.string
        XCTAssertTrue(confirm.contains(member.name))
        XCTAssertTrue(confirm.contains("action=\"\(remove)\""))
        _ = try await browser.post(remove, form: [:])
        let gone = try await PromoterMember.find(member.id, on: db)
        XCTAssertNil(gone)

        let issue = SiteURL.installationActaIssue(.value("yucatan")).path
        let acta = try await browser.get(SiteURL.installationActa(.value("yucatan")).path).body.string
        XCTAssertTrue(acta.contains("href=\"\(issue)\""))
        XCTAssertFalse(acta.contains("action=\"\(issue)\""))
        let confirmIssue = try await browser.get(issue).body.string
        XCTAssertTrue(confirmIssue.contains("¿Emitir el acta de instalación?"))
        XCTAssertTrue(confirmIssue.contains("action=\"\(issue)\""))

        // The public gets no confirmation page: it asks the action's own permission.
        let visitor = try await Browser(app).get(remove)
        XCTAssertEqual(visitor.status, .seeOther)
    }
}

import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// «Avisos», preferences and one-click unsubscribe, through the site.
final class NoticesWebTests: AppTestCase {
    private func notice(for user: User, title: String = "Convocatoria: Sesión ordinaria n.º 1") async throws -> Notice {
        let notice = Notice(
            userID: try user.requireID(), kind: .sessionConvened, title: title, body: "Fecha: mañana",
            link: "/stl/morelos/sesiones", createdAt: Date(), digestPending: false)
        try await notice.create(on: db)
        return notice
    }

    func testOnlyTheRecipientSeesAndMarksTheirNotices() async throws {
        let ana = try await makeUser("ana@mail.mx")
        let beto = try await makeUser("beto@mail.mx")
        let anas = try await notice(for: ana, title: "Aviso de Ana")
        _ = try await notice(for: beto, title: "Aviso de Beto")

        let browser = Browser(app)
        try await browser.login("beto@mail.mx")
        let page = try await browser.get(SiteURL.notices.path)
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.string.contains("Aviso de Beto"))
        XCTAssertFalse(page.body.string.contains("Aviso de Ana"))
        XCTAssertTrue(page.body.string.contains(#"aria-label="Avisos: 1 sin leer""#), "the header counts unread notices")
        let english = try await browser.get(SiteURL.notices.path + "?lang=en")
        XCTAssertTrue(english.body.string.contains("Mark all as read"))
        XCTAssertTrue(english.body.string.contains(#"aria-label="Notices: 1 unread""#))
        let myWork = try await browser.get(SiteURL.myWork.path + "?lang=es")
        XCTAssertTrue(myWork.body.string.contains("1 aviso sin leer"), "«Mi trabajo» names the unread notices")

        // Beto cannot mark Ana's notice: it does not exist for him.
        let refused = try await browser.post(SiteURL.noticeRead(.value(try anas.requireID())).path, form: [:])
        XCTAssertEqual(refused.status, .notFound)
        let stillUnread = try await Notice.find(anas.id, on: db)?.readAt
        XCTAssertNil(stillUnread)
        // Marking all of his own leaves Ana's alone.
        let all = try await browser.post(SiteURL.noticesReadAll.path, form: [:])
        XCTAssertEqual(all.status, .seeOther)
        let unreadAna = try await NoticeWrites.unreadCount(of: ana.requireID(), on: db)
        let unreadBeto = try await NoticeWrites.unreadCount(of: beto.requireID(), on: db)
        XCTAssertEqual(unreadAna, 1)
        XCTAssertEqual(unreadBeto, 0)
        // Without the CSRF token nothing happens.
        let forged = try await browser.post(SiteURL.noticesReadAll.path, form: [:], csrf: "falso")
        XCTAssertEqual(forged.status, .forbidden)
    }

    func testMarkingOneReadNeedsItsOwner() async throws {
        let ana = try await makeUser("ana@mail.mx")
        let first = try await notice(for: ana)
        let browser = Browser(app)
        try await browser.login("ana@mail.mx")
        let res = try await browser.post(SiteURL.noticeRead(.value(try first.requireID())).path, form: [:])
        XCTAssertEqual(res.status, .seeOther)
        let readAt = try await Notice.find(first.id, on: db)?.readAt
        XCTAssertNotNil(readAt)
    }

    func testAnonymousVisitorsAreSentToSignIn() async throws {
        let browser = Browser(app)
        let page = try await browser.get(SiteURL.notices.path)
        XCTAssertNotEqual(page.status, .ok)
        let prefs = try await browser.get(SiteURL.noticePreferences.path)
        XCTAssertNotEqual(prefs.status, .ok)
    }

    func testPreferencesAreSavedAndBadInputStaysOnThePage() async throws {
        let ana = try await makeUser("ana@mail.mx")
        let browser = Browser(app)
        try await browser.login("ana@mail.mx")
        let bad = try await browser.post(
            SiteURL.noticePreferences.path,
            form: [
                FormState.pageField: SiteURL.noticePreferences.path, FormState.formField: "0",
                "language": "fr", "modes[sesion-convocada]": "resumen",
            ])
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.body.string.contains("Elige español o inglés."))
        let ok = try await browser.post(
            SiteURL.noticePreferences.path,
            form: [
                "language": "en", "modes[sesion-convocada]": "resumen", "modes[sesion-cancelada]": "ninguno",
            ])
        XCTAssertEqual(ok.status, .seeOther)
        let stored = try await unwrapped(NotificationPreference.query(on: db).filter(\.$user.$id == ana.requireID()).first())
        XCTAssertEqual(stored.messageLanguage, .en)
        XCTAssertEqual(stored.modes[.sessionConvened], .digest)
        XCTAssertEqual(stored.modes[.sessionCancelled], DeliveryMode.none)
        XCTAssertEqual(stored.modes[.sessionRescheduled], .immediate)
    }

    func testDigestAndNoEmailModesAreHonouredAndTheDigestGoesOutOnceADay() async throws {
        try await loadDemo()
        let digest = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        let silent = try await makeUser("garante@mor.mx", grants: [("morelos", .garante, nil, nil)])
        try await NotificationPreference(userID: digest.requireID(), language: .es, modes: [.sessionConvened: .digest], at: Date()).create(on: db)
        try await NotificationPreference(userID: silent.requireID(), language: .es, modes: [.sessionConvened: .none], at: Date()).create(on: db)

        _ = try await convene("morelos")

        let convened = try await outbox(kind: .sessionConvened)
        XCTAssertTrue(convened.isEmpty, "neither wants the convocation by e-mail now: \(convened.map(\.recipient))")
        let notices = try await Notice.query(on: db).all()
        XCTAssertEqual(notices.count, 2, "both still get the in-app notice")
        XCTAssertEqual(notices.filter(\.digestPending).count, 1)

        try await NoticeDigest.send(now: Date(), on: db)
        let early = try await OutboxMessage.query(on: db).count()
        XCTAssertEqual(early, 0, "a digest waits a day")
        try await NoticeDigest.send(now: Date().addingTimeInterval(NoticeDigest.wait + 1), on: db)
        let rows = try await OutboxMessage.query(on: db).all()
        XCTAssertEqual(rows.map(\.recipient), ["fac@mor.mx"])
        XCTAssertTrue(try Outbox.decode(rows[0]).text.contains("Convocatoria: Sesión ordinaria n.º 1"))
        try await NoticeDigest.send(now: Date().addingTimeInterval(2 * NoticeDigest.wait), on: db)
        let again = try await OutboxMessage.query(on: db).count()
        XCTAssertEqual(again, 1, "each notice is in one digest only")
    }

    func testOneClickUnsubscribeNeedsTheSignatureButNoSignInNorCSRF() async throws {
        try await loadDemo()
        let fac = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        _ = try await convene("morelos")
        let row = try await unwrapped(outbox(kind: .sessionConvened).first)
        let message = try Outbox.decode(row)
        XCTAssertEqual(message.headers.first { $0.name == "List-Unsubscribe-Post" }?.value, "List-Unsubscribe=One-Click")
        let header = try XCTUnwrap(message.headers.first { $0.name == "List-Unsubscribe" }?.value)
        XCTAssertTrue(header.hasPrefix("<http://localhost:8080/avisos/baja/"), header)
        let path = String(header.dropFirst("<http://localhost:8080".count).dropLast())

        // A forged signature, another account or another kind is refused.
        let userID = try fac.requireID().uuidString
        let forged = try await app.sendRequest(
            .POST, "/avisos/baja/\(userID)/sesion-convocada/AAAA", body: ByteBuffer(string: "List-Unsubscribe=One-Click"))
        XCTAssertEqual(forged.status, .notFound)
        let otherKind = path.replacingOccurrences(of: "/sesion-convocada/", with: "/sesion-cancelada/")
        let wrong = try await app.sendRequest(.POST, otherKind)
        XCTAssertEqual(wrong.status, .notFound)
        let security = path.replacingOccurrences(of: "/sesion-convocada/", with: "/seguridad/")
        let notConfigurable = try await app.sendRequest(.POST, security)
        XCTAssertEqual(notConfigurable.status, .notFound)

        // GET only asks.
        let confirm = try await app.sendRequest(.GET, path)
        XCTAssertEqual(confirm.status, .ok)
        XCTAssertTrue(confirm.body.string.contains("Dejar de recibir"))
        let untouched = try await NotificationPreference.query(on: db).count()
        XCTAssertEqual(untouched, 0)

        // POST as a mail client sends it: no cookie, no token.
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        let done = try await app.sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: "List-Unsubscribe=One-Click"))
        XCTAssertEqual(done.status, .ok)
        let stored = try await unwrapped(NotificationPreference.query(on: db).filter(\.$user.$id == fac.requireID()).first())
        XCTAssertEqual(stored.modes[.sessionConvened], DeliveryMode.none)
        XCTAssertEqual(stored.modes[.sessionCancelled], nil, "only the one kind")
    }
}

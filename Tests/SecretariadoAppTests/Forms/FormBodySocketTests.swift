import Fluent
import Foundation
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Forms over a real socket, where a body arrives in several network reads (in-memory
/// tests hand the server the body in one piece, which hid a CSRF check that read the body
/// before it had arrived). Sizes are realistic: a charter, long minutes, a text over the limit.
final class FormBodySocketTests: AppTestCase {
    private var port = 0

    override func setUp() async throws {
        try await super.setUp()
        try await loadDemo()
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        port = try XCTUnwrap(app.http.server.shared.localAddress?.port)
    }

    override func tearDown() async throws {
        await app.server.shutdown()
        try await super.tearDown()
    }

    /// Blocking socket work on its own thread, off the pool the server's handlers run on.
    private func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }

    private func signedIn(_ email: String) async throws -> SocketBrowser {
        let browser = SocketBrowser(port: port)
        try await offPool { try browser.login(email) }
        return browser
    }

    private func charterForm(_ browser: SocketBrowser, _ slug: String, change: [String: String]) async throws -> [(String, String)] {
        let page = try await offPool { try browser.get("/stl/\(slug)/mecanismo/propuestas/nueva") }
        XCTAssertEqual(page.status, 200)
        let hidden = FormPage.hidden(page.body, action: "/stl/\(slug)/mecanismo/propuestas")
        XCTAssertNotNil(hidden[FormState.pageField])
        let charter = try await FormPage.charterFields(slug, on: app)
        var fields = charter.map { ($0.0, change[$0.0] ?? $0.1) }
        fields += hidden.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        fields.append(("note", change["note"] ?? "Guardado sin cambios"))
        return fields
    }

    /// The charter of the latest proposal (an installed STL's form saves a draft).
    private func proposedCharter(_ slug: String) async throws -> GovernanceMechanism {
        let stl = try await Secretariat.find(slug: slug, on: db)
        let draft = try await GovernanceDraft.query(on: db).filter(\.$secretariat.$id == stl.requireID()).first()
        return try XCTUnwrap(draft?.document)
    }

    func testACharterProposalIsSavedWhenItsBodyArrivesInPieces() async throws {
        try await makeUser("fac@oax.mx", grants: [("oaxaca", .facilitador, nil, nil)])
        let browser = try await signedIn("fac@oax.mx")
        let fields = try await charterForm(browser, "oaxaca", change: ["communication": "Correo y reuniones mensuales."])

        let reply = try await offPool { try browser.post("/stl/oaxaca/mecanismo/propuestas", fields, chunk: 300) }

        XCTAssertGreaterThan(browser.lastWrites, 3, "the body must really travel in several writes")
        XCTAssertEqual(reply.status, 303, reply.body.prefix(400).description)
        let drafts = try await GovernanceDraft.query(on: db).count()
        XCTAssertEqual(drafts, 1, "one new proposal")
        let versions = try await GovernanceVersion.query(on: db).count()
        XCTAssertEqual(versions, 16, "and no version in force")
    }

    func testA20KBCharterSectionIsSavedThroughTheForm() async throws {
        try await makeUser("fac@oax.mx", grants: [("oaxaca", .facilitador, nil, nil)])
        let browser = try await signedIn("fac@oax.mx")
        let section = Self.prose(bytes: 20 * 1024, ending: "FIN-DE-LA-INTEGRACIÓN")
        let fields = try await charterForm(browser, "oaxaca", change: ["representatives": section, "note": "Integración detallada"])

        let reply = try await offPool { try browser.post("/stl/oaxaca/mecanismo/propuestas", fields) }

        XCTAssertGreaterThan(browser.lastWrites, 20)
        XCTAssertEqual(reply.status, 303, reply.body.prefix(400).description)
        let charter = try await proposedCharter("oaxaca")
        XCTAssertEqual(charter.integration.representatives, section)
    }

    func test50KBMinutesAreSavedThroughTheForm() async throws {
        try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        let session = try await convene("morelos")
        let browser = try await signedIn("fac@mor.mx")
        let conduct = SiteURL.sessionConduct(.value("morelos"), .value(session.id!)).path
        let action = SiteURL.sessionMinutes(.value("morelos"), .value(session.id!)).path
        let page = try await offPool { try browser.get(conduct) }
        XCTAssertEqual(page.status, 200)
        let hidden = FormPage.hidden(page.body, action: action)
        let notes = Self.prose(bytes: 50 * 1024, ending: "SE LEVANTA LA SESIÓN")

        let reply = try await offPool {
            try browser.post(action, hidden.map { ($0.key, $0.value) } + [("notes", notes)])
        }

        XCTAssertEqual(reply.status, 303, reply.body.prefix(400).description)
        let minutes = try await Minutes.query(on: db).filter(\.$session.$id == session.requireID()).first()
        XCTAssertEqual(minutes?.notes, notes)
    }

    func testATextJustOverTheLimitComesBackOnItsPageWithTheLimitInWords() async throws {
        try await makeUser("fac@oax.mx", grants: [("oaxaca", .facilitador, nil, nil)])
        let browser = try await signedIn("fac@oax.mx")
        let huge = String(repeating: "a", count: BodyLimit.longText) + "FINAL"
        let fields = try await charterForm(browser, "oaxaca", change: ["representatives": huge])

        let reply = try await offPool { try browser.post("/stl/oaxaca/mecanismo/propuestas", fields, chunk: 16 * 1024) }

        XCTAssertEqual(reply.status, 413)
        XCTAssertTrue(
            reply.body.contains("este formulario admite hasta \(BodyLimit.describe(BodyLimit.longText))"), reply.body.prefix(2000).description)
        XCTAssertTrue(reply.body.contains("error-summary"))
        XCTAssertTrue(reply.body.contains(huge + "</textarea>"), "the text is still in its field")
        XCTAssertTrue(reply.body.contains(##"href="#f-representatives""##))
        let versions = try await GovernanceVersion.query(on: db).count()
        XCTAssertEqual(versions, 16, "nothing saved")
    }

    func testABodyBeyondWhatIsReadAtAllGetsAPageSayingTheLimit() async throws {
        try await makeUser("fac@oax.mx", grants: [("oaxaca", .facilitador, nil, nil)])
        let browser = try await signedIn("fac@oax.mx")
        let fields = try await charterForm(browser, "oaxaca", change: ["representatives": String(repeating: "b", count: BodyLimit.hardCap + 10)])

        let reply = try await offPool { try browser.post("/stl/oaxaca/mecanismo/propuestas", fields, chunk: 64 * 1024) }

        XCTAssertEqual(reply.status, 413)
        XCTAssertTrue(reply.body.contains("«Atrás»"), reply.body.prefix(2000).description)
        let versions = try await GovernanceVersion.query(on: db).count()
        XCTAssertEqual(versions, 16)
    }

    func testAnOrdinaryFormIsReadOnlyUpToItsOwnCap() async throws {
        try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        let browser = try await signedIn("fac@mor.mx")
        let path = SiteURL.outreach(.value("morelos")).path
        let page = try await offPool { try browser.get(path) }
        let hidden = FormPage.hidden(page.body, action: path)

        let over = try await offPool {
            try browser.post(path, hidden.map { ($0.key, $0.value) } + [("title", String(repeating: "t", count: BodyLimit.ordinary))])
        }
        let beyond = try await offPool {
            try browser.post(
                path, hidden.map { ($0.key, $0.value) } + [("title", String(repeating: "t", count: BodyLimit.ordinaryCap))],
                chunk: 64 * 1024)
        }

        XCTAssertEqual(over.status, 413)
        XCTAssertTrue(over.body.contains("admite hasta \(BodyLimit.describe(BodyLimit.ordinary))"), over.body.prefix(1500).description)
        XCTAssertTrue(over.body.contains(##"href="#f-title""##), "sent back with the text, beside its field")
        XCTAssertEqual(beyond.status, 413)
        XCTAssertTrue(beyond.body.contains("más de \(BodyLimit.describe(BodyLimit.ordinaryCap))"), beyond.body.prefix(1500).description)
    }

    /// Spanish prose with accents and line breaks (each costs several bytes once form-encoded).
    static func prose(bytes: Int, ending: String) -> String {
        let paragraph =
            "La sesión ordinaria se celebró en la Sala de Cabildo; participaron las personas titulares de gobierno, sociedad civil y el organismo garante, quienes discutieron el avance de los compromisos, la publicación de datos abiertos y la rendición de cuentas.\n"
        var text = ""
        while text.utf8.count < bytes { text += paragraph }
        return text + ending
    }
}

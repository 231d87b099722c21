import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// The public registration form: open to organisations without an account, closed to
/// junk, forged forms, duplicates and public bodies, always answering with a clear 4xx.
final class OpenCallTests: AppTestCase {
    var fixture: InstallationFixture!
    var inst: String { "/stl/\(fixture.stl.slug)/instalacion" }

    override func setUp() async throws {
        try await super.setUp()
        fixture = try await InstallationFixture.make(on: db)
    }

    private func form(_ name: String, _ overrides: [String: String] = [:]) -> [String: String] {
        var form = [
            "organizationName": name, "kind": "sociedad_civil", "agendaKind": "comunitaria", "agenda": "Colonias del sur",
            "evidenceLinks": "https://ejemplo.org/informe\nhttps://ejemplo.org/proyecto", "contactName": "Rosa",
            "contactEmail": "rosa@privado.example", "privacyConsent": "si", "homepage": "",
        ]
        for (key, value) in overrides { form[key] = value }
        return form
    }

    private func registrations() async throws -> Int {
        try await CallRegistration.query(on: db).count()
    }

    func testAnOrganisationRegistersWithoutAnAccount() async throws {
        try await fixture.publishCall()
        let visitor = Browser(app)
        _ = try await visitor.get("\(inst)/registro")
        let response = try await visitor.post("\(inst)/registro", form: form("Colectivo del Sur"))

        XCTAssertEqual(response.status, .created)
        XCTAssertTrue(response.body.string.contains("Recibimos el registro"))
        let saved = try await CallRegistration.query(on: db).first()
        XCTAssertEqual(saved?.status, .pendiente)
        XCTAssertEqual(saved?.links.count, 2)
        XCTAssertEqual(saved?.agendaKind, .comunitaria)
        let audited = try await AuditEntry.query(on: db).filter(\.$entity == "call_registration").count()
        XCTAssertEqual(audited, 1)
    }

    func testAFilledHoneypotIsAnsweredLikeASuccessButStoresNothing() async throws {
        try await fixture.publishCall()
        let response = try await Browser(app).post("\(inst)/registro", form: form("Robot S.A.", ["homepage": "http://spam.example"]))
        XCTAssertEqual(response.status, .created)
        let count = try await registrations()
        XCTAssertEqual(count, 0)
    }

    func testAFormWithoutTheCSRFTokenIsRefused() async throws {
        try await fixture.publishCall()
        let visitor = Browser(app)
        _ = try await visitor.get("\(inst)/registro")
        let response = try await visitor.post("\(inst)/registro", form: form("Colectivo del Sur"), csrf: "falso")
        XCTAssertEqual(response.status, .forbidden)
        let count = try await registrations()
        XCTAssertEqual(count, 0)
    }

    func testMistakesReShowTheFormWithTheFieldNamedAndWhatWasTyped() async throws {
        try await fixture.publishCall()
        let cases: [([String: String], String, HTTPStatus)] = [
            (["kind": "gobierno"], "kind", .unprocessableEntity),
            (["kind": "organismo_garante"], "kind", .unprocessableEntity),
            (["kind": "partido"], "kind", .unprocessableEntity),
            (["agendaKind": ""], "agendaKind", .unprocessableEntity),
            (["evidenceLinks": ""], "evidenceLinks", .unprocessableEntity),
            (["evidenceLinks": "no es un enlace"], "evidenceLinks", .unprocessableEntity),
            (["contactEmail": "rosa"], "contactEmail", .unprocessableEntity),
            (["privacyConsent": ""], "privacyConsent", .unprocessableEntity),
            (["organizationName": String(repeating: "x", count: 301)], "organizationName", .unprocessableEntity),
        ]
        for (overrides, field, status) in cases {
            let response = try await Browser(app).post("\(inst)/registro", form: form("Colectivo del Sur", overrides))
            XCTAssertEqual(response.status, status, field)
            // The same page, a summary, the message by its words (never the internal name).
            XCTAssertTrue(response.body.string.contains(#"class="error-summary""#), field)
            XCTAssertFalse(response.body.string.contains("«\(field)»") || response.body.string.contains("Campo: "), field)
            XCTAssertTrue(response.body.string.contains("Colonias del sur") || overrides["agenda"] != nil, "typed values kept (\(field))")
        }
        let count = try await registrations()
        XCTAssertEqual(count, 0)
    }

    func testTheSameOrganisationCannotRegisterTwiceWhateverItsSpelling() async throws {
        try await fixture.publishCall()
        let first = try await Browser(app).post("\(inst)/registro", form: form("Red Yucateca de Datos, A.C."))
        let second = try await Browser(app).post("\(inst)/registro", form: form("red yucateca de datos a c"))
        XCTAssertEqual(first.status, .created)
        XCTAssertEqual(second.status, .conflict)
        XCTAssertTrue(second.body.string.contains("ya está registrada"))
    }

    func testRegistrationsNeedAPublishedOpenCall() async throws {
        let before = try await Browser(app).post("\(inst)/registro", form: form("Temprano"))
        XCTAssertEqual(before.status, .conflict, "not published yet")
        try await fixture.publishCall()
        try await OpenCallWrites.close(in: fixture.stl, by: .system, on: db)
        let after = try await Browser(app).post("\(inst)/registro", form: form("Tarde"))
        XCTAssertEqual(after.status, .conflict, "closed")
        let page = try await Browser(app).get("\(inst)/registro")
        XCTAssertTrue(page.body.string.contains("no está abierta"))
    }

    func testOneSenderIsLimitedPerCall() async throws {
        try await fixture.publishCall()
        for n in 1...RegistrationWrites.perSourceLimit {
            _ = try await RegistrationWrites.register(
                CallRegistrationInput(
                    organizationName: "Org \(n)", kind: "sociedad_civil", agendaKind: "sectorial", agenda: "A",
                    evidenceLinks: "https://ejemplo.org/\(n)", contactName: "C", contactEmail: "c\(n)@x.example", privacyConsent: "si"),
                from: "10.0.0.1", in: fixture.stl, on: db)
        }
        do {
            _ = try await RegistrationWrites.register(
                CallRegistrationInput(
                    organizationName: "Org extra", kind: "sociedad_civil", agendaKind: "sectorial", agenda: "A",
                    evidenceLinks: "https://ejemplo.org/x", contactName: "C", contactEmail: "x@x.example", privacyConsent: "si"),
                from: "10.0.0.1", in: fixture.stl, on: db)
            XCTFail("the limit must refuse")
        } catch let error as AppError {
            XCTAssertEqual(error.status, .tooManyRequests)
        }
        let other = try await RegistrationWrites.register(
            CallRegistrationInput(
                organizationName: "Org de otra fuente", kind: "academia", agendaKind: "sectorial", agenda: "A",
                evidenceLinks: "https://ejemplo.org/y", contactName: "C", contactEmail: "y@x.example", privacyConsent: "si"),
            from: "10.0.0.2", in: fixture.stl, on: db)
        guard case .registered = other else { return XCTFail("another sender is not limited") }
    }

    func testRejectingNeedsAReasonAndAnOrganisationInTheElectionCannotBeRejected() async throws {
        let tokens = try await fixture.election(organisations: ["Org Uno", "Org Dos"])
        let registration = try await CallRegistration.query(on: db).filter(\.$organizationName == "Org Uno").first()!
        do {
            _ = try await OpenCallWrites.decide(
                registration.requireID(), RegistrationDecisionInput(decision: "rechazar"), in: fixture.stl, by: .system, on: db)
            XCTFail("a reason is required")
        } catch let error as AppError {
            XCTAssertEqual(error.field, "reason")
        }
        _ = try await BallotWrites.nominate(
            token: tokens["Org Uno"]!, NominationInput(personName: "Ana", registrationId: registration.id!.uuidString), in: fixture.stl, on: db)
        do {
            _ = try await OpenCallWrites.decide(
                registration.requireID(), RegistrationDecisionInput(decision: "rechazar", reason: "Tarde"), in: fixture.stl, by: .system, on: db)
            XCTFail("it takes part in the election")
        } catch let error as AppError {
            XCTAssertEqual(error.status, .conflict)
        }
        // Org Dos did nothing yet: rejecting it revokes its credential.
        let other = try await CallRegistration.query(on: db).filter(\.$organizationName == "Org Dos").first()!
        _ = try await OpenCallWrites.decide(
            other.requireID(), RegistrationDecisionInput(decision: "rechazar", reason: "Duplicada"), in: fixture.stl, by: .system, on: db)
        let status = try await Browser(app).get("\(inst)/boleta/\(tokens["Org Dos"]!)").status
        XCTAssertEqual(status, .notFound)
    }
}

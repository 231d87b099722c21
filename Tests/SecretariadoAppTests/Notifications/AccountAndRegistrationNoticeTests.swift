import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Registrations and credentials go to the organisation's contact address; security notices
/// to the account itself.
final class AccountAndRegistrationNoticeTests: AppTestCase {
    func testARegistrationIsAcknowledgedAndItsDecisionToldWithTheReason() async throws {
        let fixture = try await InstallationFixture.make(on: db)
        try await fixture.publishCall()
        let registration = try await fixture.register("Colectivo Agua Limpia")
        let received = try await outbox(kind: .registrationReceived)
        XCTAssertEqual(received.map(\.recipient), [registration.contactEmail])
        let code = try XCTUnwrap(fixture.receipts.codes["Colectivo Agua Limpia"])
        XCTAssertTrue(try Outbox.decode(received[0]).text.contains(SiteURL.installationReceipt(.value(fixture.stl.slug), .value(code)).path))
        let accounts = try await Notice.query(on: db).count()
        XCTAssertEqual(accounts, 0, "a contact address is not an account")

        _ = try await OpenCallWrites.decide(
            registration.requireID(), RegistrationDecisionInput(decision: "rechazar", reason: "Sin evidencia de trabajo previo"),
            in: fixture.stl, by: .system, on: db)
        let decided = try await outbox(kind: .registrationDecided)
        XCTAssertEqual(decided.map(\.recipient), [registration.contactEmail])
        let text = try Outbox.decode(decided[0]).text
        XCTAssertTrue(text.contains("rechazado") && text.contains("Sin evidencia de trabajo previo"), text)
    }

    func testTheCredentialGoesOnlyToTheRegisteredContactAndNoAdministratorReadsIt() async throws {
        let fixture = try await InstallationFixture.make(on: db)
        let tokens = try await fixture.election(organisations: ["Red Ciudadana", "Observatorio Local"])
        let rows = try await outbox(kind: .electionCredential)
        XCTAssertEqual(rows.count, 2)
        for row in rows {
            let registration = try await unwrapped(CallRegistration.query(on: db).filter(\.$contactEmail == row.recipient).first())
            let token = try XCTUnwrap(tokens[registration.organizationName])
            let ballot = SiteURL.installationBallot(.value(fixture.stl.slug), .value(token)).path
            XCTAssertTrue(try Outbox.decode(row).text.contains(ballot), "the mail carries the credential link")
        }
        // An administrator sees that it exists, not what it says.
        _ = try await makeUser("admin@x.mx", admin: true)
        let admin = Browser(app)
        try await admin.login("admin@x.mx")
        let page = try await admin.get(SiteURL.adminMailMessage(.value(try rows[0].requireID())).path)
        XCTAssertEqual(page.status, .ok)
        for token in tokens.values { XCTAssertFalse(page.body.string.contains(token)) }
        // Once delivered, the outbox no longer holds it.
        try await MailDelivery.deliverDue(transport: RecordingTransport(), worker: "w", on: db)
        for row in try await outbox(kind: .electionCredential) {
            XCTAssertEqual(row.status, .sent)
            for token in tokens.values { XCTAssertFalse(row.message.contains(token)) }
        }
        for row in try await outbox(kind: .registrationReceived) {
            for code in fixture.receipts.codes.values { XCTAssertFalse(row.message.contains(code), "the receipt is scrubbed too") }
        }
    }

    func testSecurityNoticesReachTheAccountAtOnceWhateverItsPreferences() async throws {
        try await loadDemo()
        let user = try await makeUser("ana@mail.mx")
        try await NotificationPreference(userID: user.requireID(), language: .en, modes: [.security: DeliveryMode.none], at: Date()).create(on: db)

        _ = try await UserWrites.createToken(named: "script", for: user, by: .init(user), on: db)
        _ = try await UserWrites.grant(UserWrites.GrantInput(secretariat: "morelos", role: "garante"), to: user, by: .system, on: db)
        try await UserWrites.changePassword(
            UserWrites.PasswordChangeInput(
                currentPassword: "contraseña-segura", newPassword: "otra-contraseña-larga", confirmation: "otra-contraseña-larga"),
            of: user, keepingSession: nil, by: .init(user), on: db)

        let rows = try await outbox(kind: .security)
        XCTAssertEqual(rows.map(\.recipient), ["ana@mail.mx", "ana@mail.mx", "ana@mail.mx"])
        let subjects = try rows.map { try Outbox.decode($0).subject }
        XCTAssertEqual(subjects, ["New API token on your account", "New role on your account", "Your account's password was changed"])
        XCTAssertTrue(try Outbox.decode(rows[1]).text.contains("Morelos"))
        XCTAssertTrue(try rows.allSatisfy { try Outbox.decode($0).headers.isEmpty }, "no unsubscribe from security notices")
        let notices = try await Notice.query(on: db).filter(\.$user.$id == user.requireID()).count()
        XCTAssertEqual(notices, 3)
    }

    func testAFailedPasswordChangeTellsNothing() async throws {
        let user = try await makeUser("ana@mail.mx")
        do {
            try await UserWrites.changePassword(
                UserWrites.PasswordChangeInput(
                    currentPassword: "equivocada", newPassword: "otra-contraseña-larga", confirmation: "otra-contraseña-larga"),
                of: user, keepingSession: nil, by: .init(user), on: db)
            XCTFail("expected a refusal")
        } catch {}
        let count = try await OutboxMessage.query(on: db).count()
        XCTAssertEqual(count, 0)
    }
}

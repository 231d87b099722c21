import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// `/admin/correo` and `secretariado mail list|retry`.
final class MailAdminTests: AppTestCase {
    private func failedMessage() async throws -> OutboxMessage {
        let message = MailMessage(
            from: .init(email: "avisos@localhost"), to: [.init(email: "ana@mail.mx")],
            subject: "Convocatoria de prueba", text: "Hola", messageID: MailSite.newMessageID(), date: Date())
        let row = try await db.writeTransaction { db in
            try await Outbox.enqueue(message, kind: .sessionConvened, language: .es, on: db)
        }
        let transport = RecordingTransport()
        transport.failure = MailDeliveryError(permanent: true, reason: "550 5.1.1 usuario desconocido")
        try await MailDelivery.deliverDue(transport: transport, worker: "w", on: db)
        return try await unwrapped(OutboxMessage.find(row.id, on: db))
    }

    func testOnlyAnAdministratorSeesTheOutboxAndRetries() async throws {
        let row = try await failedMessage()
        XCTAssertEqual(row.status, .failed)
        _ = try await makeUser("admin@x.mx", admin: true)
        _ = try await makeUser("fac@mor.mx")
        let id = try row.requireID()

        let someone = Browser(app)
        try await someone.login("fac@mor.mx")
        for path in [SiteURL.adminMail.path, SiteURL.adminMailMessage(.value(id)).path] {
            let res = try await someone.get(path)
            XCTAssertEqual(res.status, .forbidden, path)
        }
        let refused = try await someone.post(SiteURL.adminMailRetry(.value(id)).path, form: [:])
        XCTAssertEqual(refused.status, .forbidden)
        let anonymous = try await Browser(app).get(SiteURL.adminMail.path)
        XCTAssertNotEqual(anonymous.status, .ok)

        let admin = Browser(app)
        try await admin.login("admin@x.mx")
        let list = try await admin.get(SiteURL.adminMail.path + "?estado=fallido")
        XCTAssertEqual(list.status, .ok)
        XCTAssertTrue(list.body.string.contains("ana@mail.mx"))
        XCTAssertTrue(list.body.string.contains("550 5.1.1 usuario desconocido"))
        let one = try await admin.get(SiteURL.adminMailMessage(.value(id)).path)
        XCTAssertTrue(one.body.string.contains("Reintentar"))
        XCTAssertTrue(one.body.string.contains("Convocatoria de prueba"))
        let english = try await admin.get(SiteURL.adminMail.path + "?lang=en")
        XCTAssertTrue(english.body.string.contains("Last error"))

        let forged = try await admin.post(SiteURL.adminMailRetry(.value(id)).path, form: [:], csrf: "falso")
        XCTAssertEqual(forged.status, .forbidden)
        let retried = try await admin.post(SiteURL.adminMailRetry(.value(id)).path, form: [:])
        XCTAssertEqual(retried.status, .seeOther)
        let stored = try await unwrapped(OutboxMessage.find(id, on: db))
        XCTAssertEqual(stored.status, .pending)
        // A pending message cannot be «retried» again.
        let twice = try await admin.post(SiteURL.adminMailRetry(.value(id)).path, form: [:])
        XCTAssertEqual(twice.status, .conflict)
    }

    func testTheCommandsListAndRetry() async throws {
        let row = try await failedMessage()
        let lines = try await MailOutboxCommands.list(status: "fallido", limit: 10, on: db)
        XCTAssertEqual(lines.count, 1)
        XCTAssertTrue(lines[0].hasPrefix(try row.requireID().uuidString + "\tfallido\t1\t"))
        let said = try await MailOutboxCommands.retry(try row.requireID().uuidString, on: db)
        XCTAssertTrue(said.contains("en cola"))
        let pending = try await MailOutboxCommands.list(status: "pendiente", limit: 10, on: db)
        XCTAssertEqual(pending.count, 1)
        do {
            _ = try await MailOutboxCommands.retry("no-es-id", on: db)
            XCTFail("expected a failure")
        } catch is CommandFailure {}
        do {
            _ = try await MailOutboxCommands.list(status: "raro", limit: 10, on: db)
            XCTFail("expected a failure")
        } catch is CommandFailure {}
    }
}

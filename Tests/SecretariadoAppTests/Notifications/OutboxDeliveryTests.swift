import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// The outbox and its worker: claims, attempts, retries, failures, the file transport.
final class OutboxDeliveryTests: AppTestCase {
    private func enqueue(_ to: String, at now: Date = Date()) async throws -> OutboxMessage {
        let message = MailMessage(
            from: .init(email: "avisos@localhost"), to: [.init(email: to, name: "Ana")],
            subject: "Convocatoria", text: "Hola", messageID: MailSite.newMessageID(), date: now)
        return try await db.writeTransaction { db in
            try await Outbox.enqueue(message, kind: .sessionConvened, language: .es, now: now, on: db)
        }
    }

    func testADeliveredMessageIsMarkedSentWithItsAttempt() async throws {
        let row = try await enqueue("ana@mail.mx")
        let transport = RecordingTransport()
        let count = try await MailDelivery.deliverDue(transport: transport, worker: "w1", on: db)
        XCTAssertEqual(count, 1)
        XCTAssertEqual(transport.delivered.map(\.messageID), [row.messageID])
        let stored = try await unwrapped(OutboxMessage.find(row.id, on: db))
        XCTAssertEqual(stored.status, .sent)
        XCTAssertEqual(stored.attempts, 1)
        XCTAssertNil(stored.claimedBy)
        let attempts = try await MailAttempt.query(on: db).all()
        XCTAssertEqual(attempts.map(\.outcome), [.sent])
        XCTAssertEqual(attempts.first?.detail, "250 2.0.0 Ok: queued")
        let again = try await MailDelivery.deliverDue(transport: transport, worker: "w1", on: db)
        XCTAssertEqual(again, 0, "a sent message is not sent twice")
    }

    func testATemporaryFailureIsRetriedLaterAndAPermanentOneFailsAtOnce() async throws {
        let now = Date()
        let row = try await enqueue("ana@mail.mx", at: now)
        let transport = RecordingTransport()
        transport.failure = MailDeliveryError(permanent: false, reason: "421 try later")
        try await MailDelivery.deliverDue(transport: transport, worker: "w1", now: { now }, on: db)
        var stored = try await unwrapped(OutboxMessage.find(row.id, on: db))
        XCTAssertEqual(stored.status, .pending)
        XCTAssertEqual(stored.lastError, "421 try later")
        XCTAssertGreaterThanOrEqual(stored.nextAttemptAt.timeIntervalSince(now), 59)
        // Not due yet: nothing is claimed.
        let early = try await MailDelivery.deliverDue(transport: transport, worker: "w1", now: { now.addingTimeInterval(10) }, on: db)
        XCTAssertEqual(early, 0)

        transport.failure = MailDeliveryError(permanent: true, reason: "550 no such user")
        try await MailDelivery.deliverDue(transport: transport, worker: "w1", now: { now.addingTimeInterval(600) }, on: db)
        stored = try await unwrapped(OutboxMessage.find(row.id, on: db))
        XCTAssertEqual(stored.status, .failed)
        XCTAssertEqual(stored.attempts, 2)
        let outcomes = try await MailAttempt.query(on: db).sort(\.$at).all().map(\.outcome)
        XCTAssertEqual(outcomes, [.retry, .failed])
    }

    func testTwoWorkersNeverClaimTheSameMessage() async throws {
        for i in 0..<12 { _ = try await enqueue("p\(i)@mail.mx") }
        let now = Date()
        let database = db
        async let a = Outbox.claim(limit: 8, worker: "a", now: now, on: database)
        async let b = Outbox.claim(limit: 8, worker: "b", now: now, on: database)
        let (first, second) = try await (a, b)
        let ids = first.compactMap(\.id) + second.compactMap(\.id)
        XCTAssertEqual(ids.count, 12)
        XCTAssertEqual(Set(ids).count, 12, "no message claimed twice")
        let third = try await Outbox.claim(limit: 8, worker: "c", now: now, on: db)
        XCTAssertTrue(third.isEmpty, "claims hold for their lease")
    }

    func testAnExpiredClaimIsTakenOverWithTheSameMessageID() async throws {
        let now = Date()
        let row = try await enqueue("ana@mail.mx", at: now)
        // Worker "a" claims and dies before recording.
        let claimed = try await Outbox.claim(limit: 5, worker: "a", now: now, on: db)
        XCTAssertEqual(claimed.count, 1)
        let transport = RecordingTransport()
        let during = try await MailDelivery.deliverDue(transport: transport, worker: "b", now: { now.addingTimeInterval(60) }, on: db)
        XCTAssertEqual(during, 0)
        let after = try await MailDelivery.deliverDue(transport: transport, worker: "b", now: { now.addingTimeInterval(Outbox.lease + 1) }, on: db)
        XCTAssertEqual(after, 1)
        XCTAssertEqual(transport.delivered.map(\.messageID), [row.messageID])
        // The late worker "a" cannot overwrite what "b" recorded.
        try await Outbox.record(row.requireID(), worker: "a", result: .failure(.init(permanent: true, reason: "late")), now: now, on: db)
        let stored = try await unwrapped(OutboxMessage.find(row.id, on: db))
        XCTAssertEqual(stored.status, .sent)
    }

    func testTheFileTransportWritesTheRenderedMessage() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("correo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let row = try await enqueue("ana@mail.mx")
        try await MailDelivery.deliverDue(transport: FileMailTransport(directory: directory.path), worker: "w", on: db)
        let file = directory.appendingPathComponent(FileMailTransport.fileName(for: row.messageID))
        let text = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(text.contains("Message-ID: <\(row.messageID)>"))
        XCTAssertEqual(text, try Outbox.decode(row).rendered())
        XCTAssertEqual(FileMailTransport.fileName(for: "../x/y@h"), "_._x_y@h.eml")
    }

    func testTheTransportIsSetInOnePlace() async throws {
        XCTAssertTrue(app.mail.transport is FileMailTransport, "the default writes files")
        let recording = RecordingTransport()
        app.mail.transport = recording
        XCTAssertTrue(app.mail.transport as AnyObject === recording)
    }

    func testTheWorkerIsOffInTestsUnlessStarted() async throws {
        let recording = RecordingTransport()
        app.mail.transport = recording
        _ = try await enqueue("ana@mail.mx")
        try await app.asyncBoot()
        try await Task.sleep(nanoseconds: 300_000_000)
        XCTAssertTrue(recording.delivered.isEmpty, "tests deliver only when they say so")
    }

    func testAStartedWorkerDeliversThroughTheConfiguredTransport() async throws {
        let recording = RecordingTransport()
        app.mail.transport = recording
        app.mail.startWorker(every: 0.05)
        try await app.asyncBoot()
        _ = try await enqueue("ana@mail.mx")
        for _ in 0..<100 where recording.delivered.isEmpty {
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        XCTAssertEqual(recording.delivered.map { $0.to.map(\.email) }, [["ana@mail.mx"]])
        var sent = 0
        for _ in 0..<100 where sent == 0 {
            sent = try await OutboxMessage.query(on: db).filter(\.$status == .sent).count()
            if sent == 0 { try await Task.sleep(nanoseconds: 50_000_000) }
        }
        XCTAssertEqual(sent, 1, "the attempt is recorded")
    }
}

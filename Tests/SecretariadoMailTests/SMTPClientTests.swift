import Foundation
import NIOCore
import NIOSSL
import SecretariadoCore
import XCTest

@testable import SecretariadoMail

final class SMTPClientTests: XCTestCase {
    static let message = MailMessage(
        from: .init(email: "secretariado@example.org", name: "Secretariado"),
        to: [.init(email: "ana@example.org", name: "Ana Peña"), .init(email: "luis@example.org")],
        subject: "Convocatoria: sesión ordinaria", text: "Hola.\n.Esta línea empieza con punto\nAdiós.", html: "<p>Hola</p>",
        messageID: "prueba-1@example.org", date: Date(timeIntervalSince1970: 1_796_122_800))

    var servers: [FakeSMTPServer] = []

    override func tearDown() async throws {
        for server in servers { await server.stop() }
        servers = []
    }

    func start(implicitTLS: Bool = false, _ script: @escaping FakeSMTPServer.Script) async throws -> FakeSMTPServer {
        let server = try await FakeSMTPServer.start(implicitTLS: implicitTLS ? try FakeSMTPServer.tlsContext() : nil, script: script)
        servers.append(server)
        return server
    }

    func client(_ url: String, ca: String? = "ca.pem", replyTimeout: TimeAmount = .seconds(10)) throws -> SMTPClient {
        var configuration = try SMTPConfiguration(url: url, trustedCAFile: ca.map { FakeSMTPServer.fixtures + "/" + $0 })
        configuration.replyTimeout = replyTimeout
        configuration.connectTimeout = .seconds(5)
        return SMTPClient(configuration: configuration)
    }

    /// The usual ending after the envelope: DATA, the message, QUIT.
    static func acceptData(_ conversation: inout FakeSMTPConversation, queued: String = "250 2.0.0 Ok: queued as A1") async throws {
        try await conversation.expect("DATA")
        try await conversation.send("354 End data with <CR><LF>.<CR><LF>")
        _ = try await conversation.readData()
        try await conversation.send(queued)
        try await conversation.expect("QUIT")
        try await conversation.send("221 2.0.0 Bye")
    }

    func failure(of operation: () async throws -> SMTPReply, file: StaticString = #filePath, line: UInt = #line) async -> SMTPError? {
        do {
            let reply = try await operation()
            XCTFail("expected a failure, got \(reply)", file: file, line: line)
            return nil
        } catch let error as SMTPError {
            return error
        } catch {
            XCTFail("not an SMTPError: \(error)", file: file, line: line)
            return nil
        }
    }

    func testPlainDeliveryReadsMultiLineEHLOAndReturnsTheFinalReply() async throws {
        let server = try await start { c in
            try await c.send("220 fake.example.org ESMTP")
            try await c.expect("EHLO [127.0.0.1]")
            try await c.send("250-fake.example.org greets you", "250-PIPELINING", "250-SIZE 10240000", "250 8BITMIME")
            try await c.expect("MAIL FROM:<secretariado@example.org>")
            try await c.send("250 2.1.0 Ok")
            try await c.expect("RCPT TO:<ana@example.org>")
            try await c.send("250 2.1.5 Ok")
            try await c.expect("RCPT TO:<luis@example.org>")
            try await c.send("250 2.1.5 Ok")
            try await Self.acceptData(&c)
        }
        let reply = try await client("smtp://127.0.0.1:\(server.port)").send(Self.message)
        XCTAssertEqual(reply.code, 250)
        XCTAssertEqual(reply.description, "250 2.0.0 Ok: queued as A1")
        XCTAssertEqual(server.record.failures, [])
        XCTAssertEqual(server.record.messages.first?.text, try Self.message.render(), "the server got the rendered message byte for byte")
        XCTAssertTrue(
            server.record.messages.first?.raw.contains("..Esta l=C3=ADnea empieza con punto") == false,
            "quoted-printable already escapes a leading dot")
    }

    func testStartTLSThenAuthPlainWithPercentDecodedCredentials() async throws {
        let tls = try FakeSMTPServer.tlsContext()
        let server = try await start { c in
            try await c.send("220 fake ESMTP")
            try await c.expect("EHLO")
            try await c.send("250-fake", "250-STARTTLS", "250 AUTH LOGIN")
            try await c.expect("STARTTLS")
            try await c.replyThenStartTLS(tls, "220 2.0.0 Ready to start TLS")
            try await c.expect("EHLO")
            try await c.send("250-fake", "250-AUTH PLAIN LOGIN", "250 SIZE 1000")
            let auth = try await c.expect("AUTH PLAIN ")
            let decoded = Data(base64Encoded: String(auth.dropFirst("AUTH PLAIN ".count))).map { Array($0) } ?? []
            guard decoded == [0] + Array("ana@example.org".utf8) + [0] + Array("p:ss wörd@".utf8) else {
                throw FakeSMTPScriptError(description: "wrong credentials \(decoded)")
            }
            try await c.send("235 2.7.0 Authentication successful")
            try await c.expect("MAIL FROM")
            try await c.send("250 Ok")
            try await c.expect("RCPT TO")
            try await c.send("250 Ok")
            try await c.expect("RCPT TO")
            try await c.send("250 Ok")
            try await Self.acceptData(&c)
        }
        let reply = try await client("smtp://ana%40example.org:p%3Ass%20w%C3%B6rd%40@localhost:\(server.port)").send(Self.message)
        XCTAssertEqual(reply.code, 250)
        XCTAssertEqual(server.record.failures, [])
        XCTAssertEqual(server.record.messages.count, 1)
    }

    func testImplicitTLSAndAuthLoginWhenOnlyLoginIsOffered() async throws {
        let server = try await start(implicitTLS: true) { c in
            try await c.send("220 fake ESMTP")
            try await c.expect("EHLO stl.example.org")
            try await c.send("250-fake", "250 AUTH=LOGIN")
            try await c.expect("AUTH LOGIN")
            try await c.send("334 VXNlcm5hbWU6")
            guard try await c.read() == Data("buzon".utf8).base64EncodedString() else { throw FakeSMTPScriptError(description: "user") }
            try await c.send("334 UGFzc3dvcmQ6")
            guard try await c.read() == Data("secreto".utf8).base64EncodedString() else { throw FakeSMTPScriptError(description: "password") }
            try await c.send("235 2.7.0 Accepted")
            try await c.expect("MAIL FROM")
            try await c.send("250 Ok")
            try await c.expect("RCPT TO")
            try await c.send("250 Ok")
            try await Self.acceptData(&c, queued: "250 queued as Z9")
        }
        let reply = try await client("smtps://buzon:secreto@localhost:\(server.port)?helo=stl.example.org")
            .send(from: "a@example.org", to: ["b@example.org"], data: "Subject: x\r\n\r\nhola\r\n")
        XCTAssertEqual(reply.description, "250 queued as Z9")
        XCTAssertEqual(server.record.failures, [])
        XCTAssertEqual(server.record.messages.first?.text, "Subject: x\r\n\r\nhola\r\n")
    }

    func testCredentialsAreNeverSentWithoutTLS() async throws {
        let server = try await start { c in
            try await c.send("220 fake ESMTP")
            try await c.expect("EHLO")
            try await c.send("250-fake", "250 AUTH PLAIN LOGIN")
            _ = try await c.read()
        }
        let error = await failure { try await self.client("smtp://ana:secreto@127.0.0.1:\(server.port)").send(Self.message) }
        guard case .startTLSNotOffered = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertFalse(error!.isPermanent)
        XCTAssertFalse(server.record.lines.contains { $0.uppercased().hasPrefix("AUTH") || $0.contains(Data("secreto".utf8).base64EncodedString()) })
    }

    func testAnUntrustedCertificateFailsAndIsNotIgnored() async throws {
        let tls = try FakeSMTPServer.tlsContext()
        let server = try await start { c in
            try await c.send("220 fake ESMTP")
            try await c.expect("EHLO")
            try await c.send("250-fake", "250 STARTTLS")
            try await c.expect("STARTTLS")
            try await c.replyThenStartTLS(tls, "220 Go ahead")
            _ = try await c.read()
        }
        for ca in ["other-ca.pem", nil] {
            let error = await failure { try await self.client("smtp://localhost:\(server.port)", ca: ca).send(Self.message) }
            guard case .tlsFailed = error else { return XCTFail("\(ca ?? "system roots"): \(String(describing: error))") }
            XCTAssertFalse(error!.isPermanent)
        }
        XCTAssertFalse(server.record.lines.contains { $0.hasPrefix("MAIL") }, "nothing was sent after the failed handshake")
    }

    func testBytesSentInClearAfterTheSTARTTLSReplyAreRefused() async throws {
        let tls = try FakeSMTPServer.tlsContext()
        let server = try await start { c in
            try await c.send("220 fake ESMTP")
            try await c.expect("EHLO")
            try await c.send("250-fake", "250 STARTTLS")
            try await c.expect("STARTTLS")
            // A man in the middle appends a reply meant to be read as if it came through TLS.
            try await c.replyThenStartTLS(tls, "220 Go ahead", "250-fake", "250 AUTH PLAIN")
            _ = try await c.read()
        }
        let error = await failure { try await self.client("smtp://localhost:\(server.port)").send(Self.message) }
        guard case .tlsFailed(let reason) = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertTrue(reason.contains("injection"), reason)
        XCTAssertFalse(server.record.lines.contains { $0.hasPrefix("MAIL") })
    }

    func testA4xxIsTransientAndA5xxToTheMessageIsPermanent() async throws {
        for (code, permanent) in [("450 4.2.1 Mailbox busy", false), ("550 5.1.1 No such user", true)] {
            let server = try await start { c in
                try await c.send("220 fake ESMTP")
                try await c.expect("EHLO")
                try await c.send("250 fake")
                try await c.expect("MAIL FROM")
                try await c.send("250 Ok")
                try await c.expect("RCPT TO")
                try await c.send(code)
                _ = try await c.read()
            }
            let error = await failure { try await self.client("smtp://127.0.0.1:\(server.port)").send(Self.message) }
            guard case .rejected(.rcptTo, let reply) = error else { return XCTFail("\(String(describing: error))") }
            XCTAssertEqual("\(reply)", code)
            XCTAssertEqual(error?.isPermanent, permanent, code)
            XCTAssertFalse(server.record.lines.contains("DATA"))
        }
    }

    func testARefusedPasswordIsKeptForLaterNotDropped() async throws {
        let server = try await start(implicitTLS: true) { c in
            try await c.send("220 fake ESMTP")
            try await c.expect("EHLO")
            try await c.send("250-fake", "250 AUTH PLAIN")
            try await c.expect("AUTH PLAIN")
            try await c.send("535 5.7.8 Authentication credentials invalid")
            _ = try await c.read()
        }
        let error = await failure { try await self.client("smtps://ana:mala@localhost:\(server.port)").send(Self.message) }
        guard case .rejected(.auth, let reply) = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertEqual(reply.code, 535)
        XCTAssertFalse(error!.isPermanent, "a wrong password is the configuration's fault: the message waits for the fix")
        XCTAssertTrue(SMTPError.rejected(.message, SMTPReply(code: 554, lines: ["5.6.0 Content refused"])).isPermanent)
        XCTAssertTrue(SMTPError.rejected(.mailFrom, SMTPReply(code: 553, lines: ["sender refused"])).isPermanent)
        XCTAssertFalse(SMTPError.rejected(.message, SMTPReply(code: 452, lines: ["4.3.1 Insufficient storage"])).isPermanent)
    }

    func testDotStuffingAndLineEndsAreFixedOnTheWire() async throws {
        let server = try await start { c in
            try await c.send("220 fake ESMTP")
            try await c.expect("EHLO")
            try await c.send("250 fake")
            try await c.expect("MAIL FROM")
            try await c.send("250 Ok")
            try await c.expect("RCPT TO")
            try await c.send("250 Ok")
            try await Self.acceptData(&c)
        }
        let data = ".x\n.\r\n..y\rz\r\nfin sin salto"
        _ = try await client("smtp://127.0.0.1:\(server.port)").send(from: "a@example.org", to: ["b@example.org"], data: data)
        let received = try XCTUnwrap(server.record.messages.first)
        XCTAssertEqual(received.raw, ["..x", "..", "...y", "z", "fin sin salto"], "each leading dot doubled on the wire")
        XCTAssertEqual(received.text, ".x\r\n.\r\n..y\r\nz\r\nfin sin salto\r\n", "the body line \".x\" arrives as \".x\"")
        XCTAssertEqual(SMTPData.encode(".\n"), Array("..\r\n.\r\n".utf8))
        XCTAssertEqual(SMTPData.encode(""), Array(".\r\n".utf8))
    }

    func testServerClosingInsideDATAIsTransient() async throws {
        let server = try await start { c in
            try await c.send("220 fake ESMTP")
            try await c.expect("EHLO")
            try await c.send("250 fake")
            try await c.expect("MAIL FROM")
            try await c.send("250 Ok")
            try await c.expect("RCPT TO")
            try await c.send("250 Ok")
            try await c.expect("RCPT TO")
            try await c.send("250 Ok")
            try await c.expect("DATA")
            try await c.send("354 Go ahead")
            _ = try await c.read()
            await c.close()
        }
        let error = await failure { try await self.client("smtp://127.0.0.1:\(server.port)").send(Self.message) }
        guard case .connectionClosed(.message) = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertFalse(error!.isPermanent)
    }

    func testEHLONotUnderstoodFallsBackToHELO() async throws {
        let server = try await start { c in
            try await c.send("220 old server")
            try await c.expect("EHLO")
            try await c.send("502 5.5.2 Command not recognized")
            try await c.expect("HELO [127.0.0.1]")
            try await c.send("250 old server")
            try await c.expect("MAIL FROM")
            try await c.send("250 Ok")
            try await c.expect("RCPT TO")
            try await c.send("250 Ok")
            try await Self.acceptData(&c)
        }
        let reply = try await client("smtp://127.0.0.1:\(server.port)").send(from: "a@example.org", to: ["b@example.org"], data: "x")
        XCTAssertEqual(reply.code, 250)
        XCTAssertEqual(server.record.failures, [])
    }

    func testSilenceTimesOutAndARefusedConnectionFails() async throws {
        let server = try await start { c in
            try await c.send("220 fake ESMTP")
            _ = try await c.read()
            try await Task.sleep(for: .seconds(3))
        }
        let error = await failure { try await self.client("smtp://127.0.0.1:\(server.port)", replyTimeout: .milliseconds(300)).send(Self.message) }
        guard case .timedOut(.ehlo) = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertFalse(error!.isPermanent)

        let closed = try await start { _ in }
        let port = closed.port
        await closed.stop()
        try await Task.sleep(for: .milliseconds(100))
        let refused = await failure { try await self.client("smtp://127.0.0.1:\(port)").send(Self.message) }
        guard case .connectionFailed = refused else { return XCTFail("\(String(describing: refused))") }
        XCTAssertFalse(refused!.isPermanent)
    }

    func testAnAddressThatCouldInjectACommandIsRefusedBeforeConnecting() async throws {
        let server = try await start { c in try await c.send("220 fake") }
        let client = try client("smtp://127.0.0.1:\(server.port)")
        for bad in ["b@example.org>\r\nRCPT TO:<evil@example.org", "b@example.org\nDATA", "b c@example.org"] {
            let error = await failure { try await client.send(from: "a@example.org", to: [bad], data: "x") }
            guard case .invalidMessage = error else { return XCTFail("\(String(describing: error))") }
            XCTAssertTrue(error!.isPermanent)
            var message = Self.message
            message.from.email = bad
            let viaMessage = await failure { try await client.send(message) }
            XCTAssertEqual(viaMessage?.isPermanent, true)
        }
        XCTAssertEqual(server.record.lines, [], "nothing reached the server")
    }
}

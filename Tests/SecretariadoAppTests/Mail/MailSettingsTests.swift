import Foundation
import NIOPosix
import SecretariadoCore
import SecretariadoMail
import XCTest

@testable import SecretariadoApp

final class MailSettingsTests: XCTestCase {
    func settings(_ variables: [String: String]) throws -> MailSettings {
        try MailSettings(get: { variables[$0] })
    }

    func testWithoutVariablesThereIsNoSMTPAndTheDefaultSender() throws {
        let none = try settings([:])
        XCTAssertNil(none.smtp)
        XCTAssertEqual(none.from, MailMessage.Address(email: "secretariado@localhost"))
        XCTAssertNil(try settings(["SECRETARIADO_SMTP_URL": "  "]).smtp, "an empty value counts as unset")
    }

    func testTheVariablesAreRead() throws {
        let ca = try XCTUnwrap(Self.caFile)
        let read = try settings([
            "SECRETARIADO_SMTP_URL": "smtps://buzon%40example.org:se%3Acreto@mail.example.org",
            "SECRETARIADO_MAIL_FROM": "Secretariado Técnico Local <stl@example.org>",
            "SECRETARIADO_SMTP_CA_FILE": ca,
        ])
        let smtp = try XCTUnwrap(read.smtp)
        XCTAssertEqual(smtp.security, .implicitTLS)
        XCTAssertEqual(smtp.port, 465)
        XCTAssertEqual(smtp.username, "buzon@example.org")
        XCTAssertEqual(smtp.password, "se:creto")
        XCTAssertEqual(smtp.trustedCAFile, ca)
        XCTAssertEqual(read.from, MailMessage.Address(email: "stl@example.org", name: "Secretariado Técnico Local"))
        XCTAssertEqual(try settings(["SECRETARIADO_MAIL_FROM": "\"STL\" <a@example.org>"]).from.name, "STL")
    }

    func testAnUnusableValueNamesItsVariable() {
        for (variables, named) in [
            (["SECRETARIADO_SMTP_URL": "http://mail.example.org"], "SECRETARIADO_SMTP_URL"),
            (["SECRETARIADO_SMTP_URL": "smtp://localhost:2525", "SECRETARIADO_SMTP_CA_FILE": "/no/such/ca.pem"], "SECRETARIADO_SMTP_URL"),
            (["SECRETARIADO_MAIL_FROM": "no es un correo"], "SECRETARIADO_MAIL_FROM"),
            (["SECRETARIADO_MAIL_FROM": "STL <a@example.org>\r\nBcc: x@example.org"], "SECRETARIADO_MAIL_FROM"),
        ] {
            XCTAssertThrowsError(try settings(variables)) { error in
                XCTAssertTrue("\(error)".contains(named), "\(error)")
            }
        }
    }

    func testTransportFailuresKeepTheirKind() async throws {
        // A port nobody listens on: transient, the message waits for another attempt.
        let port = try await Self.closedPort()
        let transport = SMTPMailTransport(
            configuration: SMTPConfiguration(host: "127.0.0.1", port: port, security: .startTLS),
            eventLoopGroup: MultiThreadedEventLoopGroup.singleton)
        let message = MailMessage(
            from: .init(email: "stl@example.org"), to: [.init(email: "ana@example.org")], subject: "s", text: "t",
            messageID: "m@example.org", date: Date())
        do {
            _ = try await transport.deliver(message)
            XCTFail("nothing listens there")
        } catch let error as MailDeliveryError {
            XCTAssertFalse(error.permanent)
            XCTAssertTrue(error.reason.contains("connect"), error.reason)
        }
        // An address that does not render: permanent, and refused before any connection.
        var bad = message
        bad.to = [.init(email: "ana@example.org>\r\nRCPT TO:<otra@example.org")]
        do {
            _ = try await transport.deliver(bad)
            XCTFail("the address must be refused")
        } catch let error as MailDeliveryError {
            XCTAssertTrue(error.permanent)
            XCTAssertTrue(error.reason.contains("invalid e-mail address"), error.reason)
        }
    }

    func testMailTestSaysWhatIsMissingAndFailsWithTheRightStatus() async throws {
        let group = MultiThreadedEventLoopGroup.singleton
        do {
            _ = try await MailTestCommand.send(to: "ana@example.org", settings: try settings([:]), eventLoopGroup: group)
            XCTFail("no SMTP configured")
        } catch let failure as CommandFailure {
            XCTAssertEqual(failure.exitCode, 2)
            XCTAssertTrue(failure.message.contains("SECRETARIADO_SMTP_URL"), failure.message)
        }
        let port = try await Self.closedPort()
        let configured = try settings(["SECRETARIADO_SMTP_URL": "smtp://127.0.0.1:\(port)"])
        do {
            _ = try await MailTestCommand.send(to: "ana @example.org", settings: configured, eventLoopGroup: group)
            XCTFail("bad address")
        } catch let failure as CommandFailure {
            XCTAssertEqual(failure.exitCode, 2)
        }
        do {
            _ = try await MailTestCommand.send(to: "ana@example.org", settings: configured, eventLoopGroup: group)
            XCTFail("nothing listens there")
        } catch let failure as CommandFailure {
            XCTAssertEqual(failure.exitCode, 1)
            XCTAssertTrue(failure.message.contains("fallo temporal"), failure.message)
        }
        let message = MailTestCommand.message(to: "ana@example.org", from: configured.from, now: Date())
        XCTAssertNoThrow(try message.render())
        XCTAssertTrue(message.messageID.hasSuffix("@localhost"))
    }

    static var caFile: String? {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("../SecretariadoMailTests/Fixtures/ca.pem").standardized.path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// A port that was just free: bound, then closed again.
    static func closedPort() async throws -> Int {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton).bind(host: "127.0.0.1", port: 0).get()
        let port = channel.localAddress?.port ?? 1
        try await channel.close()
        return port
    }
}

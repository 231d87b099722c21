import XCTest

@testable import SecretariadoMail

final class SMTPConfigurationTests: XCTestCase {
    func testURLsGiveSecurityPortAndDecodedCredentials() throws {
        let submission = try SMTPConfiguration(url: "smtp://ana%40example.org:p%3Ass%20w%C3%B6rd@mail.example.org:587")
        XCTAssertEqual(submission.security, .startTLS)
        XCTAssertEqual(submission.host, "mail.example.org")
        XCTAssertEqual(submission.port, 587)
        XCTAssertEqual(submission.username, "ana@example.org")
        XCTAssertEqual(submission.password, "p:ss wörd")
        XCTAssertEqual(submission.description, "smtp://ana@example.org:***@mail.example.org:587", "the password is never shown")

        let implicit = try SMTPConfiguration(url: "smtps://buzon:secreto@mail.example.org")
        XCTAssertEqual(implicit.security, .implicitTLS)
        XCTAssertEqual(implicit.port, 465)
        XCTAssertFalse(implicit.description.contains("secreto"))

        let local = try SMTPConfiguration(url: "smtp://localhost:2525")
        XCTAssertEqual(local.security, .startTLS)
        XCTAssertNil(local.username)
        XCTAssertNil(local.password)
        XCTAssertFalse(local.hasCredentials)
        XCTAssertEqual(try SMTPConfiguration(url: "smtp://mail.example.org").port, 587)
        XCTAssertNil(local.heloName, "EHLO gives the local address unless told otherwise")
        XCTAssertEqual(try SMTPConfiguration(url: "smtp://localhost:2525?helo=stl.example.org").heloName, "stl.example.org")
    }

    func testBadURLsAndUnreadableCAFilesAreRefused() {
        for bad in [
            "", "mail.example.org:25", "http://mail.example.org", "smtp://", "smtp://:pw@host", "smtp://user@host",
            "smtp://host:0", "smtp://us%0Aer:pw@host", "smtp://host?helo=a%0D%0AMAIL", "smtp://host?helo=a%20b",
            "smtp://host?tls=off",
        ] {
            XCTAssertThrowsError(try SMTPConfiguration(url: bad), bad)
        }
        XCTAssertThrowsError(try SMTPConfiguration(url: "smtp://localhost:2525", trustedCAFile: "/no/such/ca.pem")) { error in
            XCTAssertTrue("\(error)".contains("/no/such/ca.pem"))
        }
        XCTAssertNoThrow(try SMTPConfiguration(url: "smtp://localhost:2525", trustedCAFile: FakeSMTPServer.fixtures + "/ca.pem"))
    }

    func testCapabilitiesReadBothAUTHSpellings() {
        let reply = SMTPReply(code: 250, lines: ["fake greets you", "STARTTLS", "AUTH PLAIN LOGIN", "AUTH=XOAUTH2", "size 1000"])
        let capabilities = SMTPCapabilities(ehlo: reply)
        XCTAssertTrue(capabilities.offers("starttls"))
        XCTAssertTrue(capabilities.offers("SIZE"))
        XCTAssertFalse(capabilities.offers("fake"), "the greeting line is not a keyword")
        XCTAssertEqual(capabilities.authMechanisms, ["PLAIN", "LOGIN", "XOAUTH2"])
    }
}

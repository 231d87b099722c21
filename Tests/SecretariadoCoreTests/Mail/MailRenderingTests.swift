import Foundation
import SecretariadoCore
import XCTest

final class MailRenderingTests: XCTestCase {
    static let spanishText = """
        Estimada Ñusta Peña:

        Se le convoca a la sesión ordinaria del Secretariado Técnico Local. ¿Asistirá? ¡Gracias! 🎉👩🏽‍💻
        .Esta línea empieza con punto
        .
        From la Secretaría, una línea que empieza como en mbox
        Una línea muy larga que pasa de setenta y seis caracteres con acentos: áéíóú ÁÉÍÓÚ ñÑ üÜ — y más texto para que se corte varias veces en líneas suaves.
        Espacios al final   \u{20}
        Tab al final\t
        Igual = signo y =3D literal
        """

    static func message(
        subject: String = "Convocatoria: sesión ordinaria nº 5 — año 2026 🗓️", html: String? = "<p>Hola, <b>Ñusta</b></p>\n<p>Sesión</p>",
        calendar: MailMessage.CalendarPart? = .init(
            method: "REQUEST", text: "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nSUMMARY:Sesión ordinaria\r\nEND:VCALENDAR\r\n"),
        headers: [MailMessage.Header] = [.init(name: "List-Unsubscribe", value: "<https://secretariado.example.org/cuenta/avisos?token=abc>")]
    ) -> MailMessage {
        MailMessage(
            from: .init(email: "secretariado@example.org", name: "Secretariado Técnico Local de Jalisco"),
            to: [
                .init(email: "nusta.pena@example.org", name: "Ñusta Peña"), .init(email: "luis@example.org", name: "Pérez, Luis \"el Güero\""),
                .init(email: "ana@example.org", name: #"Ana "la Jefa", STL"#), .init(email: "eva@example.org"),
            ],
            subject: subject, text: spanishText, html: html, calendar: calendar,
            messageID: "c0ffee-42@secretariado.example.org", date: Date(timeIntervalSince1970: 1_796_122_800), headers: headers)
    }

    func render(_ message: MailMessage, file: StaticString = #filePath, line: UInt = #line) throws -> ParsedMail {
        let raw = try message.render()
        XCTAssertEqual(raw, message.rendered(), "a valid message renders the same through both paths", file: file, line: line)
        XCTAssertTrue(ParsedMail.usesCRLFOnly(raw), "only CRLF line ends", file: file, line: line)
        let lines = raw.components(separatedBy: "\r\n")
        XCTAssertTrue(raw.utf8.allSatisfy { $0 < 0x80 }, "7-bit on the wire", file: file, line: line)
        for text in lines { XCTAssertLessThanOrEqual(text.utf8.count, 998, text, file: file, line: line) }
        let parsed = try XCTUnwrap(ParsedMail(raw), "parses back", file: file, line: line)
        for text in parsed.headerLines { XCTAssertLessThanOrEqual(text.utf8.count, 78, text, file: file, line: line) }
        let bodyLines = raw.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n").components(separatedBy: "\r\n")
        for text in bodyLines { XCTAssertLessThanOrEqual(text.utf8.count, 76, text, file: file, line: line) }
        return parsed
    }

    func testEveryPartParsesBackToExactlyWhatWasGiven() throws {
        let message = Self.message()
        let parsed = try render(message)
        XCTAssertEqual(parsed.header("MIME-Version"), "1.0")
        XCTAssertEqual(parsed.header("Message-ID"), "<c0ffee-42@secretariado.example.org>")
        XCTAssertEqual(parsed.header("Date"), "Tue, 01 Dec 2026 11:00:00 +0000")
        XCTAssertEqual(parsed.header("Subject").flatMap(ParsedMail.decodeEncodedWords), message.subject)
        XCTAssertEqual(
            parsed.header("From").flatMap(ParsedMail.decodeEncodedWords), "Secretariado Técnico Local de Jalisco <secretariado@example.org>")
        XCTAssertEqual(
            parsed.header("To").flatMap(ParsedMail.decodeEncodedWords),
            #"Ñusta Peña <nusta.pena@example.org>, Pérez, Luis "el Güero" <luis@example.org>, "Ana \"la Jefa\", STL" <ana@example.org>, <eva@example.org>"#,
            "non-ASCII names as encoded-words, ASCII names with specials as quoted strings")
        for name in ["Ñusta Peña", "Pérez, Luis \"el Güero\"", "Secretariado Técnico Local de Jalisco"] {
            XCTAssertEqual(
                ParsedMail.encodedWords(in: parsed.header("To")! + parsed.header("From")!)
                    .filter { ParsedMail.decodeEncodedWords($0) == name }.count, 1, "\(name) is one encoded-word, never split")
        }
        XCTAssertEqual(parsed.header("List-Unsubscribe"), "<https://secretariado.example.org/cuenta/avisos?token=abc>")
        XCTAssertEqual(parsed.header("Content-Type")?.hasPrefix("multipart/alternative;"), true)

        XCTAssertEqual(
            parsed.parts.map { $0.header("Content-Type") },
            [
                "text/plain; charset=utf-8", "text/html; charset=utf-8", "text/calendar; charset=utf-8; method=REQUEST",
            ])
        XCTAssertEqual(parsed.parts.map { $0.header("Content-Transfer-Encoding") }, ["quoted-printable", "quoted-printable", "base64"])
        let crlf = { (text: String) in text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n") }
        XCTAssertEqual(parsed.parts[0].decodedBody, crlf(Self.spanishText))
        XCTAssertEqual(parsed.parts[1].decodedBody, crlf(message.html!))
        XCTAssertEqual(parsed.parts[2].decodedBody, message.calendar!.text)
    }

    func testTextOnlyIsOneQuotedPrintablePart() throws {
        let parsed = try render(Self.message(html: nil, calendar: nil))
        XCTAssertEqual(parsed.header("Content-Type"), "text/plain; charset=utf-8")
        XCTAssertEqual(parsed.header("Content-Transfer-Encoding"), "quoted-printable")
        XCTAssertEqual(parsed.parts[0].decodedBody, Self.spanishText.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    func testQuotedPrintableRoundTripsAndLeavesNothingATransportWouldChange() throws {
        let samples = [
            "", "a", "=", "fin con espacio ", "fin con tab\t", " \t ", ".", ".x", "..", "From x", "From", "Fromage",
            String(repeating: "ñ", count: 200), String(repeating: "a", count: 75) + "=", String(repeating: "a", count: 76),
            String(repeating: "a", count: 77), String(repeating: "x ", count: 100), String(repeating: "🇲🇽", count: 30),
            "línea 1\r\nlínea 2\rlínea 3\nlínea 4\n", String(repeating: "a", count: 75) + ".b" + String(repeating: "c", count: 74) + "From y",
        ]
        for sample in samples {
            let lines = QuotedPrintable.encode(sample)
            for line in lines {
                XCTAssertLessThanOrEqual(line.utf8.count, 76, sample)
                XCTAssertFalse(line.hasSuffix(" ") || line.hasSuffix("\t"), "trailing whitespace in \(line)")
                XCTAssertFalse(line.hasPrefix("."), "line starts with a dot: \(line)")
                XCTAssertFalse(line.hasPrefix("From "), "line starts with From: \(line)")
                XCTAssertTrue(line.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F || $0 == 0x09 }, line)
            }
            let expected = sample.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                .replacingOccurrences(of: "\n", with: "\r\n")
            XCTAssertEqual(ParsedMail.decodeQuotedPrintable(lines.joined(separator: "\r\n")), expected, sample)
        }
    }

    func testEncodedWordsAreShortAndHoldWholeCharacters() throws {
        let subject = "Convocatoria " + String(repeating: "añoñ🎉👩🏽‍💻 ", count: 20)
        let parsed = try render(Self.message(subject: subject))
        let raw = try XCTUnwrap(parsed.header("Subject"))
        let words = ParsedMail.encodedWords(in: raw)
        XCTAssertGreaterThan(words.count, 5)
        for word in words {
            XCTAssertLessThanOrEqual(word.count, 75, word)
            let single = try XCTUnwrap(ParsedMail.decodeEncodedWords(word), "each word is valid UTF-8 on its own: \(word)")
            XCTAssertFalse(single.isEmpty)
        }
        XCTAssertEqual(ParsedMail.decodeEncodedWords(raw), subject)
        // One character longer than a word's 45 bytes (a letter with 30 combining accents) is
        // split between its scalars, never inside one.
        let family = "e" + String(repeating: "\u{301}", count: 30) + " 👨‍👩‍👧‍👦"
        XCTAssertEqual(family.count, 3)
        let long = try render(Self.message(subject: family)).header("Subject")!
        XCTAssertEqual(ParsedMail.decodeEncodedWords(long), family)
    }

    func testPlainSubjectsFoldAtTheirOwnSpacesAndUnfoldExactly() throws {
        let subject = "Acuerdos  pendientes del Secretariado Tecnico Local de Jalisco para la sesion del mes de diciembre de 2026 y siguientes"
        let parsed = try render(Self.message(subject: subject))
        XCTAssertEqual(parsed.header("Subject"), subject, "plain ASCII stays readable and unfolds exactly")
        XCTAssertGreaterThan(parsed.headerLines.filter { $0.hasPrefix(" ") }.count, 0, "it was folded")
        let url = "Enlace " + String(repeating: "https://secretariado.example.org/x", count: 40)
        XCTAssertEqual(
            try render(Self.message(subject: url)).header("Subject").flatMap(ParsedMail.decodeEncodedWords), url,
            "a word longer than a line becomes encoded-words rather than a line over the limit")
        let lookalike = "Hola =?UTF-8?B?QkNDOiB4?= mundo"
        XCTAssertEqual(
            try render(Self.message(subject: lookalike)).header("Subject").flatMap(ParsedMail.decodeEncodedWords), lookalike,
            "text that looks like an encoded-word reads back literally")
    }

    func testLineBreaksInSubjectNamesAndValuesCannotAddAHeader() throws {
        var message = Self.message(
            subject: "Hola\r\nBcc: victima@example.org\r\n\r\nCuerpo falso",
            headers: [.init(name: "X-Ref", value: "a\nBcc: otra@example.org")])
        message.from.name = "Ana\rBcc: tercera@example.org"
        message.to[0].name = "Ñusta\nCc: cuarta@example.org"
        let parsed = try render(message)
        let names = parsed.top.headers.map { $0.name.lowercased() }
        XCTAssertEqual(names, ["date", "from", "to", "subject", "message-id", "mime-version", "x-ref", "content-type"])
        XCTAssertEqual(parsed.header("Subject"), "Hola  Bcc: victima@example.org    Cuerpo falso")
        XCTAssertEqual(parsed.parts.count, 3, "the subject did not start the body")
    }

    func testRenderRefusesAddressesThatCouldBreakOutOfTheirPlace() {
        let bad = [
            "", "ana", "ana@", "@example.org", "ana@@example.org", "ana@b@example.org", "ana perez@example.org",
            "ana@example.org\r\nRCPT TO:<x@y>", "ana@example.org>", "<ana@example.org>", "ana\u{7F}@example.org",
            "josé@example.mx", "ana@ejémplo.mx", ".ana@example.org", "ana.@example.org", "an..a@example.org",
            "ana@-example.org", "ana@example..org", "ana(x)@example.org", "ana,b@example.org", "ana@exam_ple.org",
            String(repeating: "a", count: 65) + "@example.org",
        ]
        for address in bad {
            XCTAssertFalse(MailAddressSyntax.isValid(address), address)
            var asSender = Self.message()
            asSender.from.email = address
            XCTAssertThrowsError(try asSender.render(), address) { error in
                guard case .invalidAddress(let given, _) = error as? MailMessageError else { return XCTFail("\(error)") }
                XCTAssertEqual(given, address)
            }
            var asRecipient = Self.message()
            asRecipient.to.append(.init(email: address))
            XCTAssertThrowsError(try asRecipient.render(), address)
            // The unchecked path still cannot be steered into a new header line.
            let raw = asRecipient.rendered()
            XCTAssertNil(ParsedMail(raw)?.top.headers.first { ["rcpt to", "bcc"].contains($0.name.lowercased()) })
            XCTAssertTrue(ParsedMail.usesCRLFOnly(raw))
        }
        for good in [
            "ana@example.org", "ana.perez+stl@sub.example.org", "secretariado@localhost", "o'brien_x-1@ex-ample.mx", "a!#$%&'*+/=?^_`{|}~@x.mx",
        ] {
            XCTAssertNoThrow(try MailAddressSyntax.check(good), good)
        }
    }

    func testRenderRefusesOtherUnsafeParts() {
        var noRecipients = Self.message()
        noRecipients.to = []
        XCTAssertThrowsError(try noRecipients.render()) { XCTAssertEqual($0 as? MailMessageError, .noRecipients) }
        for id in ["sin-arroba", "a@b\r\nBcc: x@y", "<a@b>", "a b@c", "@b", "a@"] {
            var message = Self.message()
            message.messageID = id
            XCTAssertThrowsError(try message.render(), id) { XCTAssertEqual($0 as? MailMessageError, .invalidMessageID(id)) }
        }
        for name in ["Bcc", "content-type", "X Ref", "X:Ref", "", "X-Ñ"] {
            XCTAssertThrowsError(try Self.message(headers: [.init(name: name, value: "v")]).render(), name) {
                XCTAssertEqual($0 as? MailMessageError, .invalidHeaderName(name))
            }
        }
        XCTAssertThrowsError(try Self.message(headers: [.init(name: "X-Long", value: String(repeating: "a", count: 1200))]).render()) {
            XCTAssertEqual($0 as? MailMessageError, .headerTooLong("X-Long"))
        }
        for method in ["REQUEST\r\nX", "REQ;x=1", ""] {
            XCTAssertThrowsError(try Self.message(calendar: .init(method: method, text: "x")).render(), method)
        }
        XCTAssertNoThrow(try Self.message(calendar: .init(method: "CANCEL", text: "x")).render())
    }

    func testBoundaryComesFromTheMessageIDAndIsTheSameInEveryProcess() throws {
        let parsed = try render(Self.message())
        let boundary = try XCTUnwrap(ParsedMail.parameter("boundary", in: parsed.header("Content-Type")!))
        // Fixed for this Message-ID: a hash seeded per process (`hashValue`) would differ run to run.
        XCTAssertEqual(
            boundary,
            "=_secretariado_" + Self.fnv1a("c0ffee-42@secretariado.example.org", 0xcbf2_9ce4_8422_2325)
                + Self.fnv1a("c0ffee-42@secretariado.example.org", 0x8422_2325_cbf2_9ce4))
        XCTAssertEqual(boundary, "=_secretariado_f019f661afb1345b3ba02e4421e961be")
        var other = Self.message()
        other.messageID = "otro@secretariado.example.org"
        XCTAssertNotEqual(ParsedMail.parameter("boundary", in: ParsedMail(other.rendered())!.header("Content-Type")!), boundary)
        XCTAssertEqual(Self.message().rendered(), Self.message().rendered())
    }

    func testRandomTextsRoundTripWithinTheLineLimits() throws {
        let pieces = [
            "a", "Z", " ", "  ", "\t", "=", ".", "From ", "ñ", "á", "🎉", "👩🏽‍💻", "\n", "\r\n", "\r", "e\u{301}", "=?", "?=",
            "\u{0}", String(repeating: "x", count: 80), String(repeating: "ü", count: 40),
        ]
        var state: UInt64 = 0x5EC2_E7A2_1AD0
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        func randomText() -> String { (0..<next(40)).map { _ in pieces[next(pieces.count)] }.joined() }
        for _ in 0..<300 {
            let subject = randomText()
            let text = randomText()
            let html = randomText()
            let parsed = try render(Self.message(subject: subject, html: html))
            // In a header a line break or tab is one space and other control characters go.
            let oneLine = String(
                String.UnicodeScalarView(
                    subject.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
                        if scalar == "\r" || scalar == "\n" || scalar == "\t" { return " " }
                        return scalar.value < 0x20 ? nil : scalar
                    }))
            XCTAssertEqual(parsed.header("Subject").flatMap(ParsedMail.decodeEncodedWords), oneLine, subject.debugDescription)
            let crlf = { (value: String) in
                value.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n").replacingOccurrences(
                    of: "\n", with: "\r\n")
            }
            XCTAssertEqual(parsed.parts[0].decodedBody, crlf(Self.spanishText))
            XCTAssertEqual(parsed.parts[1].decodedBody, crlf(html), html.debugDescription)
            var plain = Self.message(subject: subject, html: nil, calendar: nil)
            plain.text = text
            XCTAssertEqual(try render(plain).parts[0].decodedBody, crlf(text), text.debugDescription)
        }
    }

    func testDateIsRFC5322InUTC() {
        XCTAssertEqual(MailDate.format(Date(timeIntervalSince1970: 0)), "Thu, 01 Jan 1970 00:00:00 +0000")
        XCTAssertEqual(MailDate.format(Date(timeIntervalSince1970: 951_782_400 + 3_661)), "Tue, 29 Feb 2000 01:01:01 +0000")
    }

    /// FNV-1a written out again here, so the test states the boundary's definition.
    static func fnv1a(_ text: String, _ basis: UInt64) -> String {
        var hash = basis
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

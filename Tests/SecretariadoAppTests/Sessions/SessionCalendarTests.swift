import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// `sessions.ics`: a valid RFC 5545 feed whose events keep their UID and raise SEQUENCE.
final class SessionCalendarTests: AppTestCase {
    private func fetch() async throws -> (text: String, res: XCTHTTPResponse) {
        let res = try await app.sendRequest(.GET, APIURL.sessionsCalendar(.value("morelos")).path)
        XCTAssertEqual(res.status, .ok)
        return (res.body.string, res)
    }

    /// Unfolded content lines of every VEVENT, after checking the physical format.
    private func events(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [[String: String]] {
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            XCTAssertTrue(index > 0 && bytes[index - 1] == 0x0D, "every line ends in CRLF", file: file, line: line)
        }
        XCTAssertTrue(text.hasSuffix("\r\n"), file: file, line: line)
        let physical = text.components(separatedBy: "\r\n").dropLast()
        for row in physical {
            XCTAssertLessThanOrEqual(row.utf8.count, 75, "folded at 75 octets: \(row)", file: file, line: line)
        }
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        var result: [[String: String]] = []
        var current: [String: String]?
        for row in unfolded {
            if row == "BEGIN:VEVENT" {
                current = [:]
                continue
            }
            if row == "END:VEVENT", let event = current {
                result.append(event)
                current = nil
                continue
            }
            guard current != nil, let colon = row.firstIndex(of: ":") else { continue }
            current![String(row[..<colon])] = String(row[row.index(after: colon)...])
        }
        return result
    }

    func testTheFeedIsValidAndStableAcrossFetches() async throws {
        try await loadDemo()
        let session = try await convene("morelos")
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        // A long agenda title forces folding; commas and semicolons need escaping.
        _ = try await AgendaWrites.add(
            AgendaItemInput(title: "Revisión del informe trimestral; avances, retos y acuerdos pendientes del Plan de Acción Local de Morelos"),
            to: session.requireID(), in: stl, by: facilitation, now: now, on: db)
        _ = try await SessionWrites.request(SessionRequestInput(kind: "ordinaria", reason: "Privada"), in: stl, by: facilitation, on: db)

        let (first, res) = try await fetch()
        XCTAssertEqual(res.headers.first(name: .contentType), "text/calendar; charset=utf-8")
        XCTAssertTrue(first.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        let (second, _) = try await fetch()
        XCTAssertEqual(first, second, "same data, same bytes")

        let parsed = events(first)
        XCTAssertEqual(parsed.count, 1, "requests are not published")
        let event = try XCTUnwrap(parsed.first)
        XCTAssertEqual(event["UID"], "sesion-\(session.id!.uuidString.lowercased())@secretariado")
        XCTAssertNotNil(event["DTSTAMP"])
        XCTAssertEqual(event["STATUS"], "CONFIRMED")
        XCTAssertEqual(event["SEQUENCE"], "1", "adding the agenda point changed the event")
        XCTAssertTrue(event["DESCRIPTION"]?.contains("Revisión del informe trimestral\\; avances\\, retos") ?? false, event["DESCRIPTION"] ?? "")
        let clock = MexicoCityTime.wallClock(at: session.startsAt!)
        XCTAssertEqual(clock.hour, 10)
        XCTAssertEqual(event["DTSTART"]?.hasSuffix("T160000Z"), true, "10:00 in Mexico City is 16:00 UTC")
    }

    func testEditsRaiseTheSequenceAndCancellationIsPublished() async throws {
        try await loadDemo()
        let session = try await convene("morelos")
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        let before = try unwrapped(events(try await fetch().text).first)

        _ = try await SessionWrites.edit(
            session.requireID(), ConveneInput(date: localDay(8), time: "12:00", place: "Auditorio", modality: "presencial"), in: stl,
            by: facilitation, now: now, on: db)
        let moved = try unwrapped(events(try await fetch().text).first)
        XCTAssertEqual(moved["UID"], before["UID"])
        XCTAssertGreaterThan(Int(moved["SEQUENCE"]!)!, Int(before["SEQUENCE"]!)!)
        XCTAssertEqual(moved["LOCATION"], "Auditorio")

        _ = try await SessionWrites.cancel(session.requireID(), CancelInput(reason: "Falta de quórum previsible"), in: stl, by: facilitation, on: db)
        let cancelled = try unwrapped(events(try await fetch().text).first)
        XCTAssertEqual(cancelled["UID"], before["UID"])
        XCTAssertEqual(cancelled["STATUS"], "CANCELLED")
        XCTAssertGreaterThan(Int(cancelled["SEQUENCE"]!)!, Int(moved["SEQUENCE"]!)!)
    }

    func testAnUnknownSecretariatIs404() async throws {
        try await loadDemo()
        let res = try await app.sendRequest(.GET, APIURL.sessionsCalendar(.value("atlantida")).path)
        XCTAssertEqual(res.status, .notFound)
    }
}

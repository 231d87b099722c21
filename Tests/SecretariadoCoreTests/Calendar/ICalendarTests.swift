import Foundation
import SecretariadoCore
import SecretariadoTestSupport
import XCTest

final class ICalendarTests: XCTestCase {
    private func utc(_ iso: String) -> Date {
        ISO8601DateFormatter().date(from: iso)!
    }

    private let description = """
        Orden del día:
        1. Lista de asistencia; verificación del quórum.
        2. Aprobación de la minuta anterior, con observaciones de la sociedad civil.
        3. Seguimiento de acuerdos \\ compromisos del PAL.
        """

    private func sampleCalendar() throws -> ICalendar {
        let ordinary = try ICalendarEvent(
            uid: "sesion-42@secretariado.mx",
            stamp: utc("2026-11-01T12:00:00Z"),
            start: utc("2026-11-25T23:30:00Z"),
            end: utc("2026-11-26T01:30:00Z"),
            summary: "Sesión ordinaria, STL Michoacán",
            description: description,
            location: "Sala de juntas del IMAIP; Morelia, Mich.",
            url: URL(string: "https://secretariado.mx/stl/michoacan/sesiones/42"),
            status: .confirmed,
            sequence: 2,
            lastModified: utc("2026-10-31T18:15:00Z"),
            categories: ["Sesión ordinaria", "Gobierno, sociedad civil y garante"]
        )
        let cancelled = try ICalendarEvent(
            uid: "sesion-43@secretariado.mx",
            stamp: utc("2026-11-01T12:00:00Z"),
            start: utc("2026-12-10T16:00:00Z"),
            end: utc("2026-12-10T18:00:00Z"),
            summary: "Sesión extraordinaria",
            status: .cancelled,
            sequence: 1
        )
        return ICalendar(name: "STL Michoacán — sesiones", events: [ordinary, cancelled])
    }

    func testEveryLineEndsInCRLFAndNoBareCROrLFAppears() throws {
        let text = try sampleCalendar().serialized()

        XCTAssertNoThrow(try ICSTestReader.physicalLines(text))
        XCTAssertTrue(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
        XCTAssertTrue(text.hasSuffix("END:VCALENDAR\r\n"))
    }

    func testNoPhysicalLineExceeds75Octets() throws {
        let lines = try ICSTestReader.physicalLines(try sampleCalendar().serialized())

        XCTAssertTrue(lines.contains { $0.utf8.count == 75 }, "the sample should need folding")
        for line in lines {
            XCTAssertLessThanOrEqual(line.utf8.count, 75, String(line))
        }
    }

    func testSerialisationIsDeterministic() throws {
        let first = try sampleCalendar().data()
        let second = try sampleCalendar().data()

        XCTAssertEqual(first, second)
    }

    func testCalendarHeaderHasTheRequiredProperties() throws {
        let root = try ICSTestReader.parse(try sampleCalendar().serialized())

        XCTAssertEqual(root.name, "VCALENDAR")
        XCTAssertEqual(root.value("VERSION"), "2.0")
        XCTAssertEqual(root.text("PRODID"), ICalendar.defaultProductIdentifier)
        XCTAssertEqual(root.value("CALSCALE"), "GREGORIAN")
        XCTAssertEqual(root.value("METHOD"), "PUBLISH")
        XCTAssertEqual(root.text("X-WR-CALNAME"), "STL Michoacán — sesiones")
        XCTAssertEqual(root.value("X-WR-TIMEZONE"), "America/Mexico_City")
        XCTAssertEqual(root.properties.prefix(2).map(\.name), ["VERSION", "PRODID"])
    }

    func testDeclaresMexicoCityAsFixedUTCMinus6Since2022() throws {
        let root = try ICSTestReader.parse(try sampleCalendar().serialized())

        let zones = root.children.filter { $0.name == "VTIMEZONE" }
        XCTAssertEqual(zones.count, 1)
        XCTAssertEqual(zones.first?.value("TZID"), "America/Mexico_City")
        let standard = zones.first?.children.first
        XCTAssertEqual(standard?.name, "STANDARD")
        XCTAssertEqual(standard?.value("DTSTART"), "20221030T020000")
        XCTAssertEqual(standard?.value("TZOFFSETFROM"), "-0500")
        XCTAssertEqual(standard?.value("TZOFFSETTO"), "-0600")
        XCTAssertEqual(standard?.value("TZNAME"), "CST")
        XCTAssertEqual(zones.first?.children.count, 1, "no DAYLIGHT rule any more")
    }

    func testFullCalendarParsesBackToTheEventsItWasBuiltFrom() throws {
        let root = try ICSTestReader.parse(try sampleCalendar().serialized())

        let events = root.children.filter { $0.name == "VEVENT" }
        XCTAssertEqual(events.count, 2)
        let event = events[0]
        XCTAssertEqual(event.text("UID"), "sesion-42@secretariado.mx")
        XCTAssertEqual(event.value("DTSTAMP"), "20261101T120000Z")
        XCTAssertEqual(event.value("DTSTART"), "20261125T233000Z")  // 17:30 in Mexico City
        XCTAssertEqual(event.value("DTEND"), "20261126T013000Z")
        XCTAssertEqual(event.text("SUMMARY"), "Sesión ordinaria, STL Michoacán")
        XCTAssertEqual(event.text("DESCRIPTION"), description)
        XCTAssertEqual(event.text("LOCATION"), "Sala de juntas del IMAIP; Morelia, Mich.")
        XCTAssertEqual(event.value("URL"), "https://secretariado.mx/stl/michoacan/sesiones/42")
        XCTAssertEqual(event.value("STATUS"), "CONFIRMED")
        XCTAssertEqual(event.value("SEQUENCE"), "2")
        XCTAssertEqual(event.value("LAST-MODIFIED"), "20261031T181500Z")
        XCTAssertEqual(
            event.value("CATEGORIES").map(ICSTestReader.unescapeList),
            ["Sesión ordinaria", "Gobierno, sociedad civil y garante"])
        XCTAssertEqual(events[1].value("STATUS"), "CANCELLED")
        XCTAssertEqual(events[1].value("SEQUENCE"), "1")
    }

    func testOmitsOptionalPropertiesThatWereNotGiven() throws {
        let root = try ICSTestReader.parse(try sampleCalendar().serialized())

        let minimal = root.children.filter { $0.name == "VEVENT" }[1]
        XCTAssertEqual(minimal.properties.map(\.name), ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "STATUS", "SEQUENCE"])
    }

    func testEscapesTheCalendarNameAndProductIdentifier() {
        let calendar = ICalendar(productIdentifier: "-//A, B//C;D//ES", name: "Sesiones, 2026", events: [])

        let text = calendar.serialized()

        XCTAssertTrue(text.contains("\r\nPRODID:-//A\\, B//C\\;D//ES\r\n"))
        XCTAssertTrue(text.contains("\r\nX-WR-CALNAME:Sesiones\\, 2026\r\n"))
    }

    func testEventRejectsBlankUID() {
        XCTAssertThrowsError(
            try ICalendarEvent(
                uid: "  ", stamp: utc("2026-01-01T00:00:00Z"),
                start: utc("2026-01-02T00:00:00Z"), end: utc("2026-01-02T01:00:00Z"),
                summary: "x")
        ) {
            XCTAssertEqual($0 as? ICalendarError, .emptyUID)
        }
    }

    func testEventRejectsEndNotAfterStartAtWholeSecondResolution() {
        let start = utc("2026-01-02T00:00:00Z")

        XCTAssertThrowsError(try ICalendarEvent(uid: "u", stamp: start, start: start, end: start, summary: "x")) {
            XCTAssertEqual($0 as? ICalendarError, .endNotAfterStart(uid: "u"))
        }
        XCTAssertThrowsError(
            try ICalendarEvent(
                uid: "u", stamp: start, start: start,
                end: start.addingTimeInterval(0.5), summary: "x"))
        XCTAssertNoThrow(
            try ICalendarEvent(
                uid: "u", stamp: start, start: start,
                end: start.addingTimeInterval(1), summary: "x"))
    }

    func testEventRejectsNegativeSequenceRelativeURLAndBlankCategory() {
        let start = utc("2026-01-02T00:00:00Z")
        let end = utc("2026-01-02T01:00:00Z")

        XCTAssertThrowsError(try ICalendarEvent(uid: "u", stamp: start, start: start, end: end, summary: "x", sequence: -1)) {
            XCTAssertEqual($0 as? ICalendarError, .negativeSequence(uid: "u"))
        }
        XCTAssertThrowsError(
            try ICalendarEvent(
                uid: "u", stamp: start, start: start, end: end, summary: "x",
                url: URL(string: "sesiones/42"))
        ) {
            XCTAssertEqual($0 as? ICalendarError, .invalidURL(uid: "u"))
        }
        XCTAssertThrowsError(
            try ICalendarEvent(
                uid: "u", stamp: start, start: start, end: end, summary: "x",
                categories: ["ok", " "])
        ) {
            XCTAssertEqual($0 as? ICalendarError, .emptyCategory(uid: "u"))
        }
    }

    func testMediaTypeDeclaresUTF8() {
        XCTAssertEqual(ICalendar.mediaType, "text/calendar; charset=utf-8")
    }
}

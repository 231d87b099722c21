import Foundation
import SecretariadoCore
import SecretariadoTestSupport
import XCTest

/// iMIP invitations (RFC 6047): METHOD, ORGANIZER and ATTENDEE, read back by a parser.
final class ICalendarInvitationTests: XCTestCase {
    private func event(status: ICalendarEvent.Status = .confirmed, sequence: Int = 0) throws -> ICalendarEvent {
        try ICalendarEvent(
            uid: "sesion-1@secretariado", stamp: Date(timeIntervalSince1970: 1_800_000_000),
            start: Date(timeIntervalSince1970: 1_800_100_000), end: Date(timeIntervalSince1970: 1_800_107_200),
            summary: "Sesión ordinaria n.º 3 — STL Morelos", status: status, sequence: sequence,
            organizer: ICalendarParticipant(email: "avisos@secretariado.mx", name: "Facilitación; STL \"Morelos\""),
            attendees: [ICalendarParticipant(email: "ana@mail.mx", name: "Ana Pérez, titular")])
    }

    func testARequestCarriesMethodOrganizerAndAttendeeThatParseBack() throws {
        let text = ICalendar(name: "STL Morelos", events: [try event(sequence: 2)], method: .request).serialized()
        let root = try ICSTestReader.parse(text)
        XCTAssertEqual(root.value("METHOD"), "REQUEST")
        let vevent = try XCTUnwrap(root.children.first { $0.name == "VEVENT" })
        XCTAssertEqual(vevent.value("UID"), "sesion-1@secretariado")
        XCTAssertEqual(vevent.value("SEQUENCE"), "2")
        let organizer = try XCTUnwrap(vevent.properties.first { $0.name == "ORGANIZER" })
        XCTAssertEqual(organizer.value, "mailto:avisos@secretariado.mx")
        XCTAssertEqual(organizer.parameters, [#"CN="Facilitación; STL Morelos""#].map { $0 })
        let attendee = try XCTUnwrap(vevent.properties.first { $0.name == "ATTENDEE" })
        XCTAssertEqual(attendee.value, "mailto:ana@mail.mx")
        XCTAssertTrue(attendee.parameters.contains("RSVP=FALSE"))
    }

    func testACancellationSaysCancelTwice() throws {
        let text = ICalendar(name: "STL Morelos", events: [try event(status: .cancelled, sequence: 3)], method: .cancel).serialized()
        let root = try ICSTestReader.parse(text)
        XCTAssertEqual(root.value("METHOD"), "CANCEL")
        XCTAssertEqual(root.children.first { $0.name == "VEVENT" }?.value("STATUS"), "CANCELLED")
    }

    func testAFeedStillPublishes() throws {
        let root = try ICSTestReader.parse(ICalendar(name: "x", events: [try event()]).serialized())
        XCTAssertEqual(root.value("METHOD"), "PUBLISH")
    }
}

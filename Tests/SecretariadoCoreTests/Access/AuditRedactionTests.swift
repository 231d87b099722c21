import Foundation
import SecretariadoCore
import XCTest

final class AuditRedactionTests: XCTestCase {
    private func object(_ text: String?) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(XCTUnwrap(text).utf8)) as? [String: Any])
    }

    func testAMemberEntryLosesThePersonsEmailAndPhoneButKeepsTheRest() throws {
        let entry = """
            {"current":true,"id":"A1","note":"Escribir a ana@example.mx si falta","office":"Directora",\
            "person":{"email":"ana@example.mx","id":"P1","name":"Ana López","phone":"33 1234 5678"},\
            "role":"titular","seatNumber":2,"sector":"sociedad_civil","startsOn":"2026-01-15"}
            """
        let redacted = try object(AuditRedaction.redact(json: entry))
        let person = try XCTUnwrap(redacted["person"] as? [String: Any])
        XCTAssertEqual(person["email"] as? String, AuditRedaction.placeholder)
        XCTAssertEqual(person["phone"] as? String, AuditRedaction.placeholder)
        XCTAssertEqual(person["name"] as? String, "Ana López")
        XCTAssertEqual(redacted["note"] as? String, "Escribir a \(AuditRedaction.placeholder) si falta")
        XCTAssertEqual(redacted["office"] as? String, "Directora")
        XCTAssertEqual(redacted["seatNumber"] as? Int, 2)
        XCTAssertEqual(redacted["current"] as? Bool, true)
        XCTAssertFalse(try XCTUnwrap(AuditRedaction.redact(json: entry)).contains("1234"))
    }

    func testOrganisationsRegistrationsAndPromotersLoseTheirContactFields() throws {
        let entry = """
            {"contactEmail":"info@ong.mx","contactName":"Luis Pérez","contact_phone":"555","contactAddress":"Calle 1",\
            "name":"ONG Transparencia","website":"https://ong.mx","members":[{"contactPhone":"556","name":"X"}]}
            """
        let redacted = try object(AuditRedaction.redact(json: entry))
        for key in ["contactEmail", "contactName", "contact_phone", "contactAddress"] {
            XCTAssertEqual(redacted[key] as? String, AuditRedaction.placeholder, key)
        }
        XCTAssertEqual(redacted["name"] as? String, "ONG Transparencia")
        XCTAssertEqual(redacted["website"] as? String, "https://ong.mx")
        let member = try XCTUnwrap((redacted["members"] as? [[String: Any]])?.first)
        XCTAssertEqual(member["contactPhone"] as? String, AuditRedaction.placeholder)
    }

    func testAbsentFieldsStayNullAndCleanEntriesComeBackUnchanged() throws {
        let clean = #"{"email":null,"name":"Sin correo","votes":[1,2]}"#
        XCTAssertEqual(AuditRedaction.redact(json: clean), clean)
        XCTAssertNil(AuditRedaction.redact(json: nil))
    }

    func testShortLinesAndSummariesHaveTheirEmailAddressesMasked() {
        XCTAssertEqual(AuditRedaction.redact(json: "rep@jal.mx representante sociedad_civil"), "[reservado] representante sociedad_civil")
        XCTAssertEqual(
            AuditRedaction.maskingEmails(in: "Rol Garante otorgado a itei@jalisco.gob.mx en Jalisco."),
            "Rol Garante otorgado a [reservado] en Jalisco.")
        XCTAssertEqual(AuditRedaction.maskingEmails(in: "Sesión @ 10:00, sin correos"), "Sesión @ 10:00, sin correos")
    }
}

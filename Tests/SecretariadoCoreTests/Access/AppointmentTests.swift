import SecretariadoCore
import XCTest

final class AppointmentTests: XCTestCase {
    func testOtherSectorsRecordNoAppointmentBasis() {
        XCTAssertEqual(try Appointment.manual(sector: .gobierno, reference: nil, reason: nil, confirmed: false).get(), nil)
        XCTAssertEqual(try Appointment.manual(sector: .organismoGarante, reference: nil, reason: nil, confirmed: false).get(), nil)
    }

    func testACivilSocietySeatByHandIsADirectAppointmentWithReasonAndReference() throws {
        let appointment = try Appointment.manual(sector: .sociedadCivil, reference: .acta, reason: " Renuncia del titular electo ", confirmed: true)
            .get()
        XCTAssertEqual(appointment, Appointment(direct: true, reference: .acta, reason: "Renuncia del titular electo"))
        XCTAssertTrue(appointment?.publicLabel.es.hasPrefix("Designación directa, con referencia a el acta de instalación") ?? false)
    }

    func testEachMissingPieceIsNamed() {
        XCTAssertEqual(Appointment.manual(sector: .sociedadCivil, reference: nil, reason: "x", confirmed: true), .failure(.referenceMissing))
        XCTAssertEqual(
            Appointment.manual(sector: .sociedadCivil, reference: .designacionDirecta, reason: "  ", confirmed: true), .failure(.reasonMissing))
        XCTAssertEqual(
            Appointment.manual(sector: .sociedadCivil, reference: .designacionDirecta, reason: "x", confirmed: false), .failure(.notConfirmed))
        XCTAssertTrue(Appointment.Problem.notConfirmed.message.es.contains("La sociedad civil elige a sus propios representantes"))
    }

    func testTheElectionIsNotDirect() {
        XCTAssertFalse(Appointment.byElection.direct)
        XCTAssertEqual(Appointment.byElection.reference, .eleccion)
    }
}

final class FacilitatorConfirmationTests: XCTestCase {
    func testWarningsWaitForTheConfirmationAndNoWarningsNeedNone() {
        let warnings = FacilitatorIndependence.warnings(
            for: .init(name: "Ana", origin: "Secretaría de Gobierno", originKind: .gobierno), organizations: [], members: [])
        XCTAssertFalse(warnings.isEmpty)
        XCTAssertTrue(FacilitatorIndependence.confirmationNeeded(warnings, confirmed: false)?.es.contains("Proviene del gobierno") ?? false)
        XCTAssertNil(FacilitatorIndependence.confirmationNeeded(warnings, confirmed: true))
        XCTAssertNil(FacilitatorIndependence.confirmationNeeded([], confirmed: false))
    }
}

import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// The representatives' choice of facilitator: recorded with how and when, and warned
/// (never blocked) when the person is not the neutral figure the guide asks for.
final class FacilitatorSelectionTests: AppTestCase {
    func testAGovernmentOrRepresentedOriginIsWarnedButRecorded() async throws {
        let fixture = try await InstallationFixture.make(on: db)
        let slug = fixture.stl.slug
        let detail = try await SecretariatDetail.load(slug: slug, on: db)
        let civil = detail.seats(in: .sociedadCivil)[0].seat.id!.uuidString
        let org = try await OrganizationWrites.create(
            OrganizationInput(name: "Red Yucateca de Datos, A.C.", kind: "sociedad_civil"), in: fixture.stl, by: .system, on: db)
        _ = try await MemberWrites.appoint(
            MemberInput(
                seatId: civil, role: "titular", personName: "Jorge Chan", organizationId: org.id!.uuidString, appointmentReference: "acta",
                appointmentReason: "Prueba: designación fuera de la elección", confirmDirectAppointment: "on"), in: fixture.stl, by: .system, on: db)
        try await makeUser("rep@x.mx", grants: [(slug, .representante, "sociedad_civil", 1)])
        let representative = Browser(app)
        try await representative.login("rep@x.mx")

        let first = try await representative.post(
            "/stl/\(slug)/instalacion/facilitacion",
            form: [
                "personName": "Funcionaria Pérez", "origin": "Secretaría de la Contraloría", "originKind": "gobierno",
                "method": "Votación de los representantes", "decidedOn": "2026-11-01",
            ])
        XCTAssertEqual(first.status, .seeOther, "a warning, not a block")
        let second = try await representative.post(
            "/stl/\(slug)/instalacion/facilitacion",
            form: [
                "personName": "Jorge Chan", "origin": "Red Yucateca de Datos AC", "originKind": "sociedad_civil",
                "method": "Consenso",
            ])
        XCTAssertEqual(second.status, .seeOther)

        let page = try await Browser(app).get("/stl/\(slug)/instalacion/facilitacion")
        XCTAssertTrue(page.body.string.contains("Advertencias de independencia"))
        XCTAssertTrue(page.body.string.contains("Proviene del gobierno"))
        XCTAssertTrue(page.body.string.contains("Red Yucateca de Datos, A.C."))
        XCTAssertTrue(page.body.string.contains("ocupa actualmente un asiento"))
        let selections = try await FacilitatorSelection.query(on: db).all()
        XCTAssertEqual(selections.map(\.warnings.items.count).sorted(), [1, 2])
        let current = try await SecretariatDetail.load(slug: slug, on: db).facilitator
        XCTAssertEqual(current?.person?.name, "Jorge Chan", "FacilitatorWrites set the term")
        XCTAssertEqual(current?.originKind, .sociedadCivil)
    }

    func testTheSelectionNeedsWhoAndHow() async throws {
        let fixture = try await InstallationFixture.make(on: db)
        try await makeUser("g@x.mx", grants: [(fixture.stl.slug, .garante, nil, nil)])
        let guarantor = Browser(app)
        try await guarantor.login("g@x.mx")
        for (form, field) in [
            (["personName": "X"], "method"), (["method": "Consenso"], "personName"),
            (["personName": "X", "method": "Consenso", "originKind": "iglesia"], "originKind"),
            (["personName": "X", "method": "Consenso", "minutesUrl": "ftp://x"], "minutesUrl"),
        ] {
            let response = try await guarantor.post("/stl/\(fixture.stl.slug)/instalacion/facilitacion", form: form)
            XCTAssertEqual(response.status, .unprocessableEntity, field)
            FormPage.assertNoInternalName(response.body.string, field)
        }
        let terms = try await FacilitatorTerm.query(on: db).count()
        XCTAssertEqual(terms, 0)
    }
}

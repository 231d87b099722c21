import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Civil society chooses its own: a civil-society seat filled by hand is a direct
/// appointment, confirmed after a warning, with its reason and reference, shown in public;
/// and naming a facilitator shows the independence warnings whenever it happens.
final class CivilSocietyAppointmentTests: AppTestCase {
    private func manager(_ email: String, _ slug: String, _ role: StlRole) async throws -> Browser {
        try await makeUser(email, grants: [(slug, role, nil, nil)])
        let browser = Browser(app)
        try await browser.login(email)
        return browser
    }

    private func seatID(_ slug: String, _ sector: SectorCode) async throws -> String {
        let detail = try await SecretariatDetail.load(slug: slug, on: db)
        return try XCTUnwrap(detail.seats(in: sector).first?.seat.id).uuidString
    }

    func testAGuarantorSeesTheWarningAndMustConfirmADirectAppointment() async throws {
        try await loadDemo()
        let browser = try await manager("itei@mor.mx", "morelos", .garante)
        let action = SiteURL.manageMembers(.value("morelos")).path
        let page = try await browser.get(SiteURL.manage(.value("morelos")).path)
        XCTAssertTrue(page.body.string.contains("La sociedad civil elige a sus propios representantes"), "the warning is on the form")
        var form = FormPage.hidden(page.body.string, action: action)
        form.merge([
            "seatId": try await seatID("morelos", .sociedadCivil), "role": "suplente", "personName": "Rosa Designada",
            "appointmentReference": "designacion_directa", "appointmentReason": "Renuncia de la suplente electa",
        ]) { _, b in b }

        let unconfirmed = try await browser.post(action, form: form)

        XCTAssertEqual(unconfirmed.status, .conflict)
        XCTAssertTrue(unconfirmed.body.string.contains("Confirma la designación directa"), "the confirmation step")
        XCTAssertTrue(unconfirmed.body.string.contains(#"value="Renuncia de la suplente electa""#), "the input is kept")
        let none = try await SeatTerm.query(on: db).join(Person.self, on: \SeatTerm.$person.$id == \Person.$id)
            .filter(Person.self, \.$name == "Rosa Designada").count()
        XCTAssertEqual(none, 0)

        form["confirmDirectAppointment"] = "on"
        let confirmed = try await browser.post(action, form: form)

        XCTAssertEqual(confirmed.status, .seeOther, confirmed.body.string)
        let terms = try await SeatTerm.query(on: db).join(Person.self, on: \SeatTerm.$person.$id == \Person.$id)
            .filter(Person.self, \.$name == "Rosa Designada").all()
        XCTAssertEqual(terms.first?.appointment, Appointment(direct: true, reference: .designacionDirecta, reason: "Renuncia de la suplente electa"))
        let publicPage = try await Browser(app).get("/stl/morelos")
        XCTAssertTrue(publicPage.body.string.contains("Designación directa, con referencia a designación directa: Renuncia de la suplente electa"))
        let english = try await Browser(app).get("/stl/morelos?lang=en")
        XCTAssertTrue(english.body.string.contains("Direct appointment"))
        let members = try await app.sendRequest(.GET, "/api/v1/secretariats/morelos/members")
        let list = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(members.body.readableBytesView)) as? [[String: Any]])
        let rosa = try XCTUnwrap(list.first { ($0["person"] as? [String: Any])?["name"] as? String == "Rosa Designada" })
        let appointment = try XCTUnwrap(rosa["appointment"] as? [String: Any])
        XCTAssertEqual(appointment["direct"] as? Bool, true)
        XCTAssertEqual(appointment["reference"] as? String, "designacion_directa")
        let popolo = try await app.sendRequest(.GET, "/api/v1/secretariats/morelos/popolo.json")
        XCTAssertTrue(popolo.body.string.contains(#""reason":"Renuncia de la suplente electa""#), "Popolo carries the field")
        let csv = try await app.sendRequest(.GET, "/api/v1/members.csv")
        XCTAssertTrue(
            csv.body.string.hasPrefix(
                "secretariado,sector,asiento,calidad,persona,cargo,organizacion,inicio,fin,vigente,designacion,designacion_referencia,designacion_motivo"
            ))
        XCTAssertTrue(csv.body.string.contains("Rosa Designada,"))
        XCTAssertTrue(csv.body.string.contains(",directa,designacion_directa,Renuncia de la suplente electa"))
    }

    func testAReasonAndAReferenceAreRequiredAndOtherSectorsNeedNone() async throws {
        try await loadDemo()
        let facilitator = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        var headers = try await bearer(for: facilitator)
        headers.contentType = .json
        let civil = try await seatID("morelos", .sociedadCivil)
        for (body, field) in [
            (
                ["seatId": civil, "role": "titular", "personName": "X", "appointmentReason": "y", "confirmDirectAppointment": "on"],
                "appointmentReference"
            ),
            (
                ["seatId": civil, "role": "titular", "personName": "X", "appointmentReference": "acta", "confirmDirectAppointment": "on"],
                "appointmentReason"
            ),
        ] {
            let res = try await app.sendRequest(
                .POST, "/api/v1/secretariats/morelos/members", headers: headers,
                body: ByteBuffer(data: try JSONSerialization.data(withJSONObject: body)))
            XCTAssertEqual(res.status, .unprocessableEntity, res.body.string)
            XCTAssertTrue(res.body.string.contains(#""field":"\#(field)""#), res.body.string)
        }
        let government = try await app.sendRequest(
            .POST, "/api/v1/secretariats/morelos/members", headers: headers,
            body: ByteBuffer(
                data: try JSONSerialization.data(withJSONObject: [
                    "seatId": try await seatID("morelos", .gobierno), "role": "suplente", "office": "Dirección Jurídica",
                ])))
        XCTAssertEqual(government.status, .created, government.body.string)
        XCTAssertFalse(government.body.string.contains("appointment"), "no appointment basis outside civil society")
    }

    func testNamingAFacilitatorFromGovernmentShowsTheWarningsOutsideInstallationToo() async throws {
        try await loadDemo()
        let browser = try await manager("itei@son.mx", "sonora", .garante)
        let action = SiteURL.manageFacilitator(.value("sonora")).path
        let page = try await browser.get(SiteURL.manage(.value("sonora")).path)
        var form = FormPage.hidden(page.body.string, action: action)
        form.merge(["personName": "Funcionaria Estatal", "origin": "Secretaría de Gobierno", "originKind": "gobierno"]) { _, b in b }

        let warned = try await browser.post(action, form: form)

        XCTAssertEqual(warned.status, .conflict)
        XCTAssertTrue(warned.body.string.contains("Proviene del gobierno"), "the independence warning")
        let before = try await FacilitatorTerm.query(on: db).join(Person.self, on: \FacilitatorTerm.$person.$id == \Person.$id)
            .filter(Person.self, \.$name == "Funcionaria Estatal").count()
        XCTAssertEqual(before, 0)

        form["confirmIndependence"] = "on"
        let confirmed = try await browser.post(action, form: form)

        XCTAssertEqual(confirmed.status, .seeOther, confirmed.body.string)
        let audit = try await AuditEntry.query(on: db).filter(\.$entity == "facilitator").sort(\.$at, .descending).first()
        XCTAssertTrue(audit?.summary.contains("advertencias de independencia confirmadas") ?? false, audit?.summary ?? "")
        let manage = try await browser.get(SiteURL.manage(.value("sonora")).path)
        XCTAssertTrue(manage.body.string.contains("Independencia de la facilitación"), "the warnings stay in view")
    }

    func testAnAcademicFacilitatorNeedsNoConfirmation() async throws {
        try await loadDemo()
        let browser = try await manager("itei@son.mx", "sonora", .garante)
        let res = try await browser.post(
            SiteURL.manageFacilitator(.value("sonora")).path,
            form: [
                "personName": "Investigadora Independiente", "origin": "Academia – Universidad de Sonora", "originKind": "academia",
            ])
        XCTAssertEqual(res.status, .seeOther, res.body.string)
        let manage = try await browser.get(SiteURL.manage(.value("sonora")).path)
        XCTAssertFalse(manage.body.string.contains("Independencia de la facilitación"))
    }
}

import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// The foundation's acceptance path: an admin creates a facilitator, who can then edit
/// their own STL through the site, and only that one.
final class FacilitatorJourneyTests: AppTestCase {
    func testAdminCreatesAFacilitatorWhoEditsOnlyTheirOwnSTL() async throws {
        try await loadDemo()
        let bootstrapped = try await AdminBootstrap.ensureAdmin(on: db)
        let password = try XCTUnwrap(bootstrapped?.password)
        let admin = Browser(app)
        try await admin.login(bootstrapped!.email, password: password)

        // The admin creates the account; a password is generated and shown once.
        let created = try await admin.post(SiteURL.adminUsers.path, form: ["name": "Carmelo", "email": "carmelo@itesm.mx", "password": ""])
        XCTAssertEqual(created.status, .ok)
        let shown = try XCTUnwrap(PortalTests.matches(#"<p class="secret">([^<]+)</p>"#, in: created.body.string).first)
        let user = try await UserWrites.find(email: "carmelo@itesm.mx", on: db)
        let granted = try await admin.post(
            SiteURL.adminUserGrants(.value(user.id!)).path, form: ["secretariat": "nuevo-leon", "role": "facilitador"])
        XCTAssertEqual(granted.status, .seeOther)

        // The facilitator signs in and appoints a suplente in Nuevo León.
        let facilitator = Browser(app)
        try await facilitator.login("carmelo@itesm.mx", password: shown)
        let manage = try await facilitator.get("/stl/nuevo-leon/gestion")
        XCTAssertEqual(manage.status, .ok)
        let detail = try await SecretariatDetail.load(slug: "nuevo-leon", on: db)
        let seat = detail.seats(in: .sociedadCivil)[0].seat.id!.uuidString
        let appointed = try await facilitator.post(
            "/stl/nuevo-leon/gestion/integrantes",
            form: [
                "seatId": seat, "role": "suplente", "personName": "Mariana Suplente", "personEmail": "mariana@privado.mx",
                "appointmentReference": "designacion_directa", "appointmentReason": "Prueba: designación fuera de la elección",
                "confirmDirectAppointment": "on",
            ])
        XCTAssertEqual(appointed.status, .seeOther)
        let page = try await facilitator.get("/stl/nuevo-leon")
        XCTAssertTrue(page.body.string.contains("Mariana Suplente"))

        // …but not in another STL, through the site or its forms.
        let other = try await facilitator.get("/stl/jalisco/gestion")
        XCTAssertEqual(other.status, .forbidden)
        let jalisco = try await SecretariatDetail.load(slug: "jalisco", on: db)
        let refused = try await facilitator.post(
            "/stl/jalisco/gestion/integrantes",
            form: [
                "seatId": jalisco.seats[0].seat.id!.uuidString, "role": "titular", "personName": "Intruso",
            ])
        XCTAssertEqual(refused.status, .forbidden)
        let intruders = try await Person.query(on: db).filter(\.$name == "Intruso").count()
        XCTAssertEqual(intruders, 0)

        // The change is in the audit log, visible to the facilitator.
        let log = try await facilitator.get("/stl/nuevo-leon/auditoria")
        XCTAssertEqual(log.status, .ok)
        XCTAssertTrue(log.body.string.contains("carmelo@itesm.mx"))
    }

    func testAnonymousVisitorsAreSentToLoginForManagementPages() async throws {
        try await loadDemo()
        try await app.test(.GET, "/stl/jalisco/gestion") { res async in
            XCTAssertEqual(res.status, .seeOther)
            XCTAssertTrue(res.headers.first(name: .location)?.hasPrefix("/login?next=") ?? false)
        }
    }

    func testRepresentativesCannotManageAndReadOnlyTheirOwnSTLsAuditLog() async throws {
        try await loadDemo()
        try await makeUser("rep@jal.mx", grants: [("jalisco", .representante, "gobierno", 1)])
        let browser = Browser(app)
        try await browser.login("rep@jal.mx")

        let manageStatus = try await browser.get("/stl/jalisco/gestion").status
        let auditStatus = try await browser.get("/stl/jalisco/auditoria").status
        let otherAuditStatus = try await browser.get("/stl/campeche/auditoria").status
        let adminStatus = try await browser.get("/admin").status
        XCTAssertEqual(manageStatus, .forbidden)
        XCTAssertEqual(auditStatus, .ok)
        XCTAssertEqual(otherAuditStatus, .forbidden)
        XCTAssertEqual(adminStatus, .forbidden)
    }

    func testFacilitatorCanDeclareTheFacilitationVacant() async throws {
        try await loadDemo()
        try await makeUser("fac@son.mx", grants: [("sonora", .facilitador, nil, nil)])
        let browser = Browser(app)
        try await browser.login("fac@son.mx")

        let res = try await browser.post("/stl/sonora/gestion/facilitacion", form: ["personName": "", "note": "Renuncia"])

        XCTAssertEqual(res.status, .seeOther)
        let detail = try await SecretariatDetail.load(slug: "sonora", on: db)
        XCTAssertEqual(detail.facilitator?.isVacant, true)
        XCTAssertEqual(detail.facilitatorHistory.count, 2, "the previous facilitator stays as history")
    }
}

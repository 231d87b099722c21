import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Who may do what along the installation: refusals for the public (401), other roles
/// and other STLs (403); nobody sees the count before the close; contact data stay private.
final class InstallationAccessTests: AppTestCase {
    var fixture: InstallationFixture!
    var inst: String { "/stl/\(fixture.stl.slug)/instalacion" }

    override func setUp() async throws {
        try await super.setUp()
        try await loadDemo()
        fixture = try await InstallationFixture.make(on: db, slug: "yucatan-prueba")
        let slug = fixture.stl.slug
        try await makeUser("garante@yuc.mx", grants: [(slug, .garante, nil, nil)])
        try await makeUser("fac@yuc.mx", grants: [(slug, .facilitador, nil, nil)])
        try await makeUser("gob@yuc.mx", grants: [(slug, .representante, "gobierno", 1)])
        try await makeUser("osc@yuc.mx", grants: [(slug, .representante, "sociedad_civil", 1)])
        try await makeUser("garante@jal.mx", grants: [("jalisco", .garante, nil, nil)])
        try await makeUser("root@mx", admin: true)
    }

    private func browser(_ email: String?) async throws -> Browser {
        let browser = Browser(app)
        if let email { try await browser.login(email) }
        return browser
    }

    func testManagementFormsRefuseThePublicOtherRolesAndOtherSTLs() async throws {
        let writes: [(String, [String: String])] = [
            ("\(inst)/pasos/1", ["status": "en_curso"]),
            ("\(inst)/pasos/1/evidencias", ["kind": "declaracion_conjunta", "url": "https://ejemplo.org/x"]),
            ("\(inst)/grupo-promotor", ["name": "X", "sector": "gobierno"]),
            ("\(inst)/ruta", ["title": "X", "startsOn": "2026-01-01"]),
            ("\(inst)/convocatoria", ["title": "X", "body": "Y", "opensOn": "2026-01-01", "closesOn": "2026-02-01"]),
            ("\(inst)/eleccion", ["seats": "1", "method": "pluralidad", "opensAt": "2030-01-01T10:00", "closesAt": "2030-01-02T10:00"]),
            ("\(inst)/acta", [:]),
            ("\(inst)/instalar", [:]),
        ]
        let audit = try await auditCount()
        for (who, expected) in [
            (nil, HTTPStatus.unauthorized), ("gob@yuc.mx", .forbidden), ("osc@yuc.mx", .forbidden), ("garante@jal.mx", .forbidden),
        ] as [(String?, HTTPStatus)] {
            let client = try await browser(who)
            for (path, form) in writes {
                let status = try await client.post(path, form: form).status
                XCTAssertEqual(status, expected, "\(who ?? "anónimo") \(path)")
            }
        }
        let after = try await auditCount()
        XCTAssertEqual(after, audit, "refused writes leave no trace")
    }

    func testOnlyTheGuarantorOrAnAdminInstallsNotTheFacilitator() async throws {
        let facilitator = try await browser("fac@yuc.mx")
        let stepStatus = try await facilitator.post("\(inst)/pasos/1", form: ["status": "en_curso"]).status
        XCTAssertEqual(stepStatus, .seeOther, "the facilitator helps with the roadmap")
        let installStatus = try await facilitator.post("\(inst)/instalar", form: [:]).status
        XCTAssertEqual(installStatus, .forbidden)
    }

    func testTheRegistrationsWithContactDataAreForTheGuarantorOnly() async throws {
        try await fixture.publishCall()
        try await fixture.register("Organización Privada")
        let anonymous = try await Browser(app).get("\(inst)/registros")
        XCTAssertEqual(anonymous.status, .seeOther, "anonymous visitors are sent to sign in")
        let representative = try await browser("osc@yuc.mx").get("\(inst)/registros").status
        XCTAssertEqual(representative, .forbidden)
        let guarantor = try await browser("garante@yuc.mx").get("\(inst)/registros")
        XCTAssertEqual(guarantor.status, .ok)
        XCTAssertTrue(guarantor.body.string.contains("contacto@organizacionprivada.example"))

        for path in ["\(inst)/convocatoria", "\(inst)/registro"] {
            let page = try await Browser(app).get(path)
            XCTAssertFalse(page.body.string.contains("contacto@organizacionprivada.example"), path)
        }
        try await app.test(.GET, "/api/v1/secretariats/\(fixture.stl.slug)/installation/registrations") { res async in
            XCTAssertEqual(res.status, .ok)
            XCTAssertTrue(res.body.string.contains("Organización Privada"))
            XCTAssertFalse(res.body.string.contains("contact"), "no contact field at all")
            XCTAssertFalse(res.body.string.contains("sourceHash"))
        }
    }

    func testPromoterContactsAreReadOnlyByThoseAllowed() async throws {
        _ = try await PromoterWrites.addMember(
            PromoterMemberInput(name: "Persona GP", sector: "gobierno", contactEmail: "gp@privado.example", contactPhone: "999 111 2222"),
            in: fixture.stl, by: .system, on: db)
        let path = "/api/v1/secretariats/\(fixture.stl.slug)/installation/promoter-group"
        try await app.test(.GET, path) { res async in
            XCTAssertTrue(res.body.string.contains("Persona GP"))
            XCTAssertFalse(res.body.string.contains("gp@privado.example"))
            XCTAssertFalse(res.body.string.contains("999 111 2222"))
        }
        let guarantor = try await bearer(for: UserWrites.find(email: "garante@yuc.mx", on: db))
        try await app.test(.GET, path, headers: guarantor) { res async in
            XCTAssertTrue(res.body.string.contains("gp@privado.example"))
        }
    }

    func testNobodySeesTheCountBeforeTheCloseAndEveryoneAfter() async throws {
        let tokens = try await fixture.election(organisations: ["Org Uno", "Org Dos", "Org Tres"])
        let candidates = try await fixture.nominateAndOpen(tokens)
        try await BallotWrites.cast(token: tokens["Org Uno"]!, choices: [candidates["Org Dos"]!], in: fixture.stl, on: db)
        let api = "/api/v1/secretariats/\(fixture.stl.slug)/installation/election/results"

        var headers: [String: HTTPHeaders] = ["anónimo": [:]]
        for email in ["gob@yuc.mx", "garante@yuc.mx", "fac@yuc.mx", "osc@yuc.mx", "root@mx"] {
            headers[email] = try await bearer(for: UserWrites.find(email: email, on: db))
        }
        for (who, header) in headers {
            try await app.test(.GET, api, headers: header) { res async in
                XCTAssertEqual(res.status, who == "anónimo" ? .unauthorized : .forbidden, who)
                XCTAssertFalse(res.body.string.contains("votes"), who)
            }
        }
        for email in ["gob@yuc.mx", "garante@yuc.mx", "root@mx"] {
            let status = try await browser(email).get("\(inst)/resultados").status
            XCTAssertEqual(status, .forbidden, email)
        }
        try await app.test(.GET, "/api/v1/secretariats/\(fixture.stl.slug)/installation/election") { res async in
            XCTAssertEqual(res.status, .ok)
            XCTAssertFalse(res.body.string.contains("\"votes\""), "the election's state carries no count")
        }

        for token in [tokens["Org Dos"]!, tokens["Org Tres"]!] {
            try await BallotWrites.cast(token: token, choices: [candidates["Org Uno"]!], in: fixture.stl, on: db)
        }
        _ = try await ElectionCloseWrites.close(in: fixture.stl, by: .system, on: db)
        for (who, header) in headers {
            try await app.test(.GET, api, headers: header) { res async in
                XCTAssertEqual(res.status, .ok, who)
            }
        }
        let page = try await Browser(app).get("\(inst)/resultados")
        XCTAssertEqual(page.status, .ok)
    }

    func testGovernmentGuarantorFacilitatorAndAdminCannotUseABallotLink() async throws {
        let tokens = try await fixture.election(organisations: ["Org Uno", "Org Dos"])
        let path = "\(inst)/boleta/\(tokens["Org Uno"]!)"
        for email in ["gob@yuc.mx", "garante@yuc.mx", "fac@yuc.mx", "root@mx", "garante@jal.mx"] {
            let client = try await browser(email)
            let shown = try await client.get(path).status
            let nominated = try await client.post("\(path)/candidatura", form: ["personName": "X", "registrationId": UUID().uuidString]).status
            XCTAssertEqual(shown, .forbidden, email)
            XCTAssertEqual(nominated, .forbidden, email)
        }
        let organisation = try await Browser(app).get(path).status
        XCTAssertEqual(organisation, .ok, "the organisation itself, signed out, may")
        let candidates = try await ElectionCandidateRecord.query(on: db).count()
        XCTAssertEqual(candidates, 0)
    }

    func testABadOrReplacedCredentialIsNotFound() async throws {
        let tokens = try await fixture.election(organisations: ["Org Uno", "Org Dos"])
        for token in ["nada", String(repeating: "0", count: 64), tokens["Org Uno"]!.uppercased()] {
            let status = try await Browser(app).get("\(inst)/boleta/\(token)").status
            XCTAssertEqual(status, .notFound, token)
        }
        let registration = try await CallRegistration.query(on: db).filter(\.$organizationName == "Org Uno").first()!
        _ = try await ElectionWrites.issueCredential(
            CredentialInput(registrationId: registration.id!.uuidString), in: fixture.stl, by: .system, on: db)
        let reissued = try await fixture.reveal("Org Uno")
        let old = try await Browser(app).get("\(inst)/boleta/\(tokens["Org Uno"]!)").status
        let new = try await Browser(app).get("\(inst)/boleta/\(reissued)").status
        XCTAssertEqual(old, .notFound, "the replaced link stops working")
        XCTAssertEqual(new, .ok)
    }
}

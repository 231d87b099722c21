import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

final class GovernanceTests: AppTestCase {
    private func facilitatorBrowser(_ slug: String) async throws -> Browser {
        try await makeUser("fac@\(slug).mx", grants: [(slug, .facilitador, nil, nil)])
        let browser = Browser(app)
        try await browser.login("fac@\(slug).mx")
        return browser
    }

    /// The edit form's current values, as the browser would submit them unchanged.
    private func currentForm(_ slug: String) async throws -> [String: String] {
        let stl = try await Secretariat.find(slug: slug, on: db)
        let current = try await GovernanceWrites.current(for: stl.requireID(), on: db)
        let form = GovernanceForm(try XCTUnwrap(current?.document))
        var fields: [String: String] = [:]
        for child in Mirror(reflecting: form).children {
            if let label = child.label, let value = child.value as? String?, let value { fields[label] = value }
        }
        return fields
    }

    func testDemoSTLsHaveAVersionOneCharterMatchingTabla2() async throws {
        try await loadDemo()

        try await app.test(.GET, "/stl/veracruz/mecanismo") { res async in
            XCTAssertEqual(res.status, .ok)
            XCTAssertTrue(res.body.string.contains("Versión vigente 1"))
            XCTAssertTrue(res.body.string.contains("Por consenso y a través de mesas temáticas de trabajo."))
            XCTAssertTrue(res.body.string.contains("mesa temática"))
        }
        // Demo charters are the acta's versions: none is in force without the STL's decision.
        let versions = try await GovernanceVersion.query(on: db).all()
        XCTAssertEqual(versions.count, 16)
        XCTAssertTrue(versions.allSatisfy { $0.origin == .acta && $0.motionID == nil }, "\(versions.map(\.origin))")
    }

    func testMarkdownHoldsTheFourMinimumElementsAndTheFacilitator() async throws {
        try await loadDemo()

        try await app.test(.GET, "/stl/morelos/mecanismo.md") { res async in
            XCTAssertEqual(res.status, .ok)
            XCTAssertEqual(res.headers.contentType?.subType, "markdown")
            let text = res.body.string
            for heading in [
                "## 1. Integración", "## 2. Funciones del STL", "## 3. Operación y funcionamiento", "## 4. Esquema de toma de decisiones",
                "## Facilitación",
            ] {
                XCTAssertTrue(text.contains(heading), heading)
            }
            XCTAssertTrue(text.contains("con al menos un voto a favor de cada sector"))
        }
    }

    func testTheSTLAdoptingARuleChangeInSessionChangesTheAnalysisAndKeepsHistory() async throws {
        try await loadDemo()
        let browser = try await facilitatorBrowser("zacatecas")
        let before = try await browser.get("/stl/zacatecas")
        XCTAssertTrue(before.body.string.contains("<dt>Sectores dominantes</dt><dd>Gobierno</dd>"))

        // The facilitator proposes through the form: a draft, nothing in force changes.
        var form = try await currentForm("zacatecas")
        form["requireEverySector"] = "on"
        form["note"] = "Reforma: la mayoría exige un voto de cada sector"
        let proposed = try await browser.post("/stl/zacatecas/mecanismo/propuestas", form: form)
        XCTAssertEqual(proposed.status, .seeOther)
        let drafts = try await GovernanceDraft.query(on: db).all()
        let draft = try XCTUnwrap(drafts.first)
        let stl = try await Secretariat.find(slug: "zacatecas", on: db)
        XCTAssertFalse(stl.rule.requireEverySector)

        // The STL puts it to the vote in session, from the conduct page's motion form.
        let session = try await convene("zacatecas")
        let present = ["gobierno-1", "gobierno-2", "gobierno-3", "sociedad_civil-1", "organismo_garante-1"]
        try await attend(session, "zacatecas", Dictionary(uniqueKeysWithValues: present.map { ($0, Attendance.titular) }))
        let item = try await agendaPoint(session, stl.slug, title: "Reforma del mecanismo")
        let conduct = try await browser.get(SiteURL.sessionConduct(.value("zacatecas"), .value(session.id!)).path)
        XCTAssertTrue(conduct.body.string.contains("Adopta una propuesta de reforma del Mecanismo de Gobernanza"))
        let created = try await browser.post(
            SiteURL.sessionMotions(.value("zacatecas"), .value(session.id!)).path,
            form: [
                "agendaItemId": item.id!.uuidString, "title": "Adoptar la reforma", "governanceDraftId": draft.id!.uuidString,
            ])
        XCTAssertEqual(created.status, .seeOther, created.body.string)
        let motions = try await Motion.query(on: db).filter(\.$governanceDraftID == draft.id).all()
        let motion = try XCTUnwrap(motions.first)
        for label in present {
            let parts = label.split(separator: "-")
            let user = try await representative("\(label)@zac.mx", "zacatecas", String(parts[0]), Int(parts[1])!)
            _ = try await VoteWrites.cast(VoteInput(option: "a_favor"), on: motion.requireID(), in: stl, by: actor(user), now: now, on: db)
        }
        let closed = try await browser.post(SiteURL.motionClose(.value("zacatecas"), .value(session.id!), .value(motion.id!)).path, form: [:])
        XCTAssertEqual(closed.status, .seeOther, closed.body.string)

        let after = try await browser.get("/stl/zacatecas")
        XCTAssertTrue(after.body.string.contains("<dt>Sectores dominantes</dt><dd>Ninguno</dd>"), "gobierno no longer decides alone")
        let fresh = try await Secretariat.find(slug: "zacatecas", on: db)
        XCTAssertTrue(fresh.rule.requireEverySector)
        let versions = try await GovernanceVersion.query(on: db).filter(\.$secretariat.$id == stl.requireID()).count()
        XCTAssertEqual(versions, 2)
        let audit = try await AuditEntry.query(on: db).filter(\.$entity == "governance").all()
        XCTAssertEqual(audit.count, 1)
        XCTAssertTrue(audit[0].summary.contains("cambia la regla de decisión"))
        let history = try await browser.get("/stl/zacatecas/mecanismo/versiones")
        XCTAssertTrue(history.body.string.contains("Reforma: la mayoría exige un voto de cada sector"))
        XCTAssertTrue(history.body.string.contains("Adoptada por moción del STL"))
        let first = try await browser.get("/stl/zacatecas/mecanismo/versiones/1")
        XCTAssertTrue(first.body.string.contains("Versión 1 (histórica)"))
    }

    func testInvalidNoticeDaysAreRefusedNamingTheFieldAndNothingChanges() async throws {
        try await loadDemo()
        let browser = try await facilitatorBrowser("oaxaca")
        var form = try await currentForm("oaxaca")
        form["ordinaryNoticeDays"] = "cinco"
        form["note"] = "x"
        let page = try await browser.get("/stl/oaxaca/mecanismo/propuestas/nueva")
        form.merge(FormPage.hidden(page.body.string, action: "/stl/oaxaca/mecanismo/propuestas")) { _, b in b }

        let res = try await browser.post("/stl/oaxaca/mecanismo/propuestas", form: form)

        XCTAssertEqual(res.status, .unprocessableEntity)
        XCTAssertTrue(res.body.string.contains("«Días de aviso, sesión ordinaria»"), "named by its label")
        XCTAssertTrue(res.body.string.contains(#"value="cinco""#), "what was typed is kept")
        let versions = try await GovernanceVersion.query(on: db).count()
        XCTAssertEqual(versions, 16, "no new version")
    }

    func testRemovingAMinimumElementIsRefused() async throws {
        try await loadDemo()
        let browser = try await facilitatorBrowser("oaxaca")
        var form = try await currentForm("oaxaca")
        form["rotation"] = "   "
        form["note"] = "x"

        let res = try await browser.post("/stl/oaxaca/mecanismo/propuestas", form: form)

        // Without the form's page (an old form, a script), the plain error page still names
        // the field by its words.
        XCTAssertEqual(res.status, .unprocessableEntity)
        XCTAssertTrue(res.body.string.contains("«Permanencia y rotación»"))
        XCTAssertFalse(res.body.string.contains("«rotation»"))
    }

    func testOnlyTheFacilitatorOrAnAdminMayWriteTheActasCharter() async throws {
        try await loadDemo()
        try await makeUser("rep@oax.mx", grants: [("oaxaca", .representante, "gobierno", 1)])
        try await makeUser("itei@oax.mx", grants: [("oaxaca", .garante, nil, nil)])
        try await makeUser("fac@jal.mx", grants: [("jalisco", .facilitador, nil, nil)])

        for email in ["rep@oax.mx", "itei@oax.mx", "fac@jal.mx"] {
            let browser = Browser(app)
            try await browser.login(email)
            let form = try await browser.get("/stl/oaxaca/mecanismo/editar")
            XCTAssertEqual(form.status, .forbidden, email)
            let post = try await browser.post("/stl/oaxaca/mecanismo/editar", form: ["ruleKind": "consensus", "note": "golpe"])
            XCTAssertEqual(post.status, .forbidden, email)
        }
        let anonymous = try await Browser(app).get("/stl/oaxaca/mecanismo/editar")
        XCTAssertEqual(anonymous.status, .seeOther)
    }
}

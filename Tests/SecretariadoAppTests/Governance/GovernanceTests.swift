import Fluent
@testable import SecretariadoApp
import SecretariadoCore
import XCTVapor
import XCTest

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
            if let label = child.label, let value = child.value as? String? , let value { fields[label] = value }
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
    }

    func testMarkdownHoldsTheFourMinimumElementsAndTheFacilitator() async throws {
        try await loadDemo()

        try await app.test(.GET, "/stl/morelos/mecanismo.md") { res async in
            XCTAssertEqual(res.status, .ok)
            XCTAssertEqual(res.headers.contentType?.subType, "markdown")
            let text = res.body.string
            for heading in ["## 1. Integración", "## 2. Funciones del STL", "## 3. Operación y funcionamiento", "## 4. Esquema de toma de decisiones", "## Facilitación"] {
                XCTAssertTrue(text.contains(heading), heading)
            }
            XCTAssertTrue(text.contains("con al menos un voto a favor de cada sector"))
        }
    }

    func testFacilitatorChangingTheRuleChangesTheAnalysisAndKeepsHistory() async throws {
        try await loadDemo()
        let browser = try await facilitatorBrowser("zacatecas")
        let before = try await browser.get("/stl/zacatecas")
        XCTAssertTrue(before.body.string.contains("<dt>Sectores dominantes</dt><dd>Gobierno</dd>"))

        var form = try await currentForm("zacatecas")
        form["requireEverySector"] = "on"
        form["note"] = "Reforma: la mayoría exige un voto de cada sector"
        let res = try await browser.post("/stl/zacatecas/mecanismo/editar", form: form)

        XCTAssertEqual(res.status, .seeOther)
        let after = try await browser.get("/stl/zacatecas")
        XCTAssertTrue(after.body.string.contains("<dt>Sectores dominantes</dt><dd>Ninguno</dd>"), "gobierno no longer decides alone")
        let stl = try await Secretariat.find(slug: "zacatecas", on: db)
        XCTAssertTrue(stl.rule.requireEverySector)
        let versions = try await GovernanceVersion.query(on: db).filter(\.$secretariat.$id == stl.requireID()).count()
        XCTAssertEqual(versions, 2)
        let audit = try await AuditEntry.query(on: db).filter(\.$entity == "governance").all()
        XCTAssertEqual(audit.count, 1)
        XCTAssertTrue(audit[0].summary.contains("cambia la regla de decisión"))
        XCTAssertEqual(audit[0].actor, "fac@zacatecas.mx")
        let history = try await browser.get("/stl/zacatecas/mecanismo/versiones")
        XCTAssertTrue(history.body.string.contains("Reforma: la mayoría exige un voto de cada sector"))
        let first = try await browser.get("/stl/zacatecas/mecanismo/versiones/1")
        XCTAssertTrue(first.body.string.contains("Versión 1 (histórica)"))
    }

    func testInvalidNoticeDaysAreRefusedNamingTheFieldAndNothingChanges() async throws {
        try await loadDemo()
        let browser = try await facilitatorBrowser("oaxaca")
        var form = try await currentForm("oaxaca")
        form["ordinaryNoticeDays"] = "cinco"
        form["note"] = "x"
        let page = try await browser.get("/stl/oaxaca/mecanismo/editar")
        form.merge(FormPage.hidden(page.body.string, action: "/stl/oaxaca/mecanismo/editar")) { _, b in b }

        let res = try await browser.post("/stl/oaxaca/mecanismo/editar", form: form)

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

        let res = try await browser.post("/stl/oaxaca/mecanismo/editar", form: form)

        // Without the form's page (an old form, a script), the plain error page still names
        // the field by its words.
        XCTAssertEqual(res.status, .unprocessableEntity)
        XCTAssertTrue(res.body.string.contains("«Permanencia y rotación»"))
        XCTAssertFalse(res.body.string.contains("«rotation»"))
    }

    func testOnlyTheFacilitatorOrAnAdminMayEditTheCharter() async throws {
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

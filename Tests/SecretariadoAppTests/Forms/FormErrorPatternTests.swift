import Fluent
import Foundation
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// One pattern for every form: on a validation error the same page comes back with 422,
/// the input in its fields, a summary linking to each field and the message beside it,
/// naming the field by its visible label.
final class FormErrorPatternTests: AppTestCase {
    /// Checks the pattern on a re-rendered page.
    private func assertFormPattern(
        _ res: XCTHTTPResponse, field id: String, label: String, kept: [String], internalName: String,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        let body = res.body.string
        XCTAssertEqual(res.status, .unprocessableEntity, file: file, line: line)
        XCTAssertTrue(body.contains(#"class="error-summary""#), "summary", file: file, line: line)
        XCTAssertTrue(body.contains(##"href="#\##(id)""##), "summary links to the field", file: file, line: line)
        XCTAssertTrue(body.contains(#"id="\#(id)-error""#), "message beside the field", file: file, line: line)
        XCTAssertTrue(body.contains(#"aria-invalid="true""#), file: file, line: line)
        XCTAssertTrue(body.contains(label), "names the visible label \(label)", file: file, line: line)
        XCTAssertFalse(body.contains("«\(internalName)»") || body.contains("Campo: \(internalName)"), "no internal name", file: file, line: line)
        XCTAssertFalse(body.contains("Volver al inicio"), "not a dead end", file: file, line: line)
        for value in kept {
            XCTAssertTrue(body.contains(value), "kept: \(value)", file: file, line: line)
        }
    }

    func testTheCharterComesBackWithTheTypedTextAndTheMissingSectionNamed() async throws {
        try await loadDemo()
        try await makeUser("fac@oax.mx", grants: [("oaxaca", .facilitador, nil, nil)])
        let browser = Browser(app)
        try await browser.login("fac@oax.mx")
        let action = "/stl/oaxaca/mecanismo/propuestas"
        let page = try await browser.get("/stl/oaxaca/mecanismo/propuestas/nueva")
        let charter = try await FormPage.charterFields("oaxaca", on: app)
        var form = Dictionary(charter, uniquingKeysWith: { first, _ in first })
        form.merge(FormPage.hidden(page.body.string, action: action)) { _, b in b }
        form["representatives"] = "Dos personas titulares por sector, escritas con cuidado."
        form["rotation"] = "   "
        form["note"] = "Reforma de la integración"

        let res = try await browser.post(action, form: form)

        assertFormPattern(
            res, field: "f-rotation", label: "«Permanencia y rotación»",
            kept: ["Dos personas titulares por sector, escritas con cuidado.</textarea>", #"value="Reforma de la integración""#],
            internalName: "rotation")
        XCTAssertTrue(res.body.string.contains("Proponer una nueva versión del Mecanismo de Gobernanza"), "the same page")
        let versions = try await GovernanceVersion.query(on: db).count()
        XCTAssertEqual(versions, 16)
        let drafts = try await GovernanceDraft.query(on: db).count()
        XCTAssertEqual(drafts, 0)
    }

    func testSigningWithAWrongPasswordComesBackWithTheMessageBesideThePassword() async throws {
        try await loadDemo()
        _ = try await representative("gob1@mor.mx", "morelos", "gobierno", 1)
        let session = try await convene("morelos")
        try await attend(session, "morelos", ["gobierno-1": .titular, "sociedad_civil-1": .titular, "organismo_garante-1": .titular])
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        _ = try await MinutesWrites.finalise(session: session.requireID(), in: stl, by: facilitation, now: now, on: db)
        let browser = Browser(app)
        try await browser.login("gob1@mor.mx")
        let pagePath = SiteURL.session(.value("morelos"), .value(session.id!)).path
        let action = SiteURL.sessionMinutesSign(.value("morelos"), .value(session.id!)).path
        let page = try await browser.get(pagePath)
        var form = FormPage.hidden(page.body.string, action: action)
        XCTAssertEqual(form[FormState.pageField], pagePath)
        form["decision"] = "rechazo"
        form["reason"] = "No estuve de acuerdo con la redacción del punto 2."
        form["password"] = "no-es-la-mía"

        let res = try await browser.post(action, form: form)

        assertFormPattern(
            res, field: "f-password", label: "La contraseña no es correcta",
            kept: ["No estuve de acuerdo con la redacción del punto 2.</textarea>", #"<option value="rechazo" selected="selected""#],
            internalName: "password")
        XCTAssertFalse(res.body.string.contains("no-es-la-mía"), "a password is never sent back")
        let signatures = try await MinutesSignature.query(on: db).count()
        XCTAssertEqual(signatures, 0)
    }

    func testConveningTooSoonKeepsTheFormAndPutsTheNoticeMessageByTheDate() async throws {
        try await loadDemo()
        try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        let browser = Browser(app)
        try await browser.login("fac@mor.mx")
        let action = SiteURL.sessions(.value("morelos")).path
        let page = try await browser.get(action)
        var form = FormPage.hidden(page.body.string, action: action)
        form.merge([
            "kind": "ordinaria", "date": localDay(2), "time": "10:00", "durationMinutes": "120",
            "place": "Sala de Cabildo, segundo piso", "modality": "presencial",
        ]) { _, b in b }

        let res = try await browser.post(action, form: form)

        assertFormPattern(
            res, field: "f-date", label: "Convocatoria fuera de plazo",
            kept: [#"value="Sala de Cabildo, segundo piso""#, #"value="\#(localDay(2))""#],
            internalName: "date")
        let sessions = try await StlSession.query(on: db).count()
        XCTAssertEqual(sessions, 0)
    }

    func testAPublicRegistrationWithABadEmailKeepsEveryField() async throws {
        let fixture = try await InstallationFixture.make(on: db)
        try await fixture.publishCall()
        let visitor = Browser(app)
        let action = "/stl/\(fixture.stl.slug)/instalacion/registro"
        let page = try await visitor.get(action)
        var form = FormPage.hidden(page.body.string, action: action)
        form.merge([
            "organizationName": "Colectivo del Sur", "kind": "sociedad_civil", "agendaKind": "comunitaria",
            "agenda": "Colonias del sur", "evidenceLinks": "https://ejemplo.org/informe\nhttps://ejemplo.org/proyecto",
            "contactName": "Rosa", "contactEmail": "rosa-sin-arroba", "privacyConsent": "si", "homepage": "",
        ]) { _, b in b }

        let res = try await visitor.post(action, form: form)

        assertFormPattern(
            res, field: "f-contactEmail", label: "«Correo de contacto (privado)»",
            kept: [
                #"value="Colectivo del Sur""#, "https://ejemplo.org/informe\nhttps://ejemplo.org/proyecto</textarea>",
                #"value="rosa-sin-arroba""#,
            ],
            internalName: "contactEmail")
        let count = try await CallRegistration.query(on: db).count()
        XCTAssertEqual(count, 0)
    }

    func testOnlyTheSentFormOfAPageGetsTheValuesBack() async throws {
        try await loadDemo()
        try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        let session = try await convene("morelos")
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        let item = try await AgendaWrites.add(
            AgendaItemInput(title: "Plan de trabajo"), to: session.requireID(), in: stl, by: facilitation, now: now, on: db)
        try await begin(session)
        let browser = Browser(app)
        try await browser.login("fac@mor.mx")
        let conduct = SiteURL.sessionConduct(.value("morelos"), .value(session.id!)).path
        let action = SiteURL.sessionMotions(.value("morelos"), .value(session.id!)).path
        let page = try await browser.get(conduct)
        var form = FormPage.hidden(page.body.string, action: action)
        XCTAssertNotNil(form[FormState.formField])
        // The agenda form on the same page also has a `title`: it must stay empty.
        form["agendaItemId"] = try item.requireID().uuidString
        form["title"] = "Título de moción único"
        form["agreementOwnerSector"] = "sector-inexistente"

        let res = try await browser.post(action, form: form)

        XCTAssertEqual(res.status, .unprocessableEntity)
        XCTAssertEqual(res.body.string.components(separatedBy: "Título de moción único").count - 1, 1, "only in the motion form")
        XCTAssertTrue(res.body.string.contains(#"class="error-summary""#))
    }

    func testFormBodiesAreReadAsBrowsersSendThem() {
        let values = FormState.values(ofFormBody: "a=1&b=dos+palabras&c=%C3%B1&c=x&vac%C3%ADo=&sin")
        XCTAssertEqual(values["a"], ["1"])
        XCTAssertEqual(values["b"], ["dos palabras"])
        XCTAssertEqual(values["c"], ["ñ", "x"])
        XCTAssertEqual(values["vacío"], [""])
        XCTAssertEqual(values["sin"], [""])
        XCTAssertNil(FormState.pagePath("//evil.example/x"))
        XCTAssertNil(FormState.pagePath("https://evil.example/"))
        XCTAssertEqual(FormState.pagePath("/stl/oaxaca/mecanismo/editar"), "/stl/oaxaca/mecanismo/editar")
        XCTAssertEqual(
            FieldLabels.naming("El campo «rotation» es obligatorio.", field: "rotation", label: "Permanencia y rotación *"),
            "El campo «Permanencia y rotación» es obligatorio.")
        // Another field quoted in the same message is named too; a quoted value is not.
        XCTAssertEqual(
            FieldLabels.naming(
                "«endsOn» no puede ser anterior a «startsOn»; estado «vencido».", field: "endsOn", label: "Termina",
                labels: ["startsOn": "Empieza *"]),
            "«Termina» no puede ser anterior a «Empieza»; estado «vencido».")
    }
}

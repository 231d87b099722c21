import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// The issue's acceptance path, through the HTML forms only: an admin creates an empty
/// STL; the guarantor carries it through the ten steps; organisations register on the
/// public form, nominate and elect their representatives with their credentials while
/// government and guarantor users are refused; the representatives record the
/// facilitator; the acta is issued and the STL installed.
final class InstallationJourneyTests: AppTestCase {
    let slug = "quintana-roo"
    var base: String { "/stl/\(slug)" }
    var inst: String { "/stl/\(slug)/instalacion" }

    func testAnEmptySTLIsInstalledThroughTheTenStepsWithTheCivilSocietyElectedByTheOrganisations() async throws {
        // 1. The admin creates the STL and gives roles.
        try await makeUser("admin@plataforma.mx", admin: true)
        let admin = Browser(app)
        try await admin.login("admin@plataforma.mx")
        let created = try await admin.post("/admin/secretariados", form: ["name": "Quintana Roo", "slug": slug])
        XCTAssertEqual(created.status, .seeOther)
        try await makeUser("garante@idaipqroo.mx")
        try await makeUser("contraloria@qroo.gob.mx")
        try await grant("garante@idaipqroo.mx", ["secretariat": slug, "role": "garante"], by: admin)
        try await grant(
            "contraloria@qroo.gob.mx", ["secretariat": slug, "role": "representante", "sector": "gobierno", "seatNumber": "1"], by: admin)

        let roadmap = try await admin.get(inst)
        XCTAssertEqual(roadmap.status, .ok)
        XCTAssertEqual(PortalTests.matches(#"class="badge (pending)""#, in: roadmap.body.string).count, 10, "ten pending steps")

        // 2. The guarantor: Grupo Promotor, work route, steps 1–2.
        let guarantor = Browser(app)
        try await guarantor.login("garante@idaipqroo.mx")
        try await expectSaved(
            guarantor.post(
                "\(inst)/grupo-promotor",
                form: [
                    "name": "Comisionada presidenta", "organization": "IDAIP Quintana Roo", "sector": "organismo_garante",
                    "contactEmail": "presidencia@idaip.example",
                ]))
        try await expectSaved(
            guarantor.post(
                "\(inst)/grupo-promotor",
                form: [
                    "name": "Secretaría de la Contraloría", "sector": "gobierno", "contactPhone": "998 000 0000",
                ]))
        try await expectSaved(
            guarantor.post(
                "\(inst)/grupo-promotor",
                form: [
                    "name": "Red Caribe Transparente", "sector": "sociedad_civil",
                ]))
        try await expectSaved(
            guarantor.post(
                "\(inst)/ruta",
                form: [
                    "title": "Publicar la convocatoria", "startsOn": day(0), "endsOn": day(10), "stepNumber": "3",
                ]))
        let gpPage = try await Browser(app).get("\(inst)/grupo-promotor")
        XCTAssertTrue(gpPage.body.string.contains("Publicar la convocatoria"))
        XCTAssertFalse(gpPage.body.string.contains("presidencia@idaip.example"), "GP contact data are private")
        try await conclude(1, evidence: ("declaracion_conjunta", "https://ejemplo.org/qroo/declaracion.pdf"), by: guarantor)
        try await conclude(2, evidence: ("constancia_respaldo_politico", "https://ejemplo.org/qroo/respaldo.pdf"), by: guarantor)

        // 3. The open call, and four organisations register on the public form.
        try await expectSaved(
            guarantor.post(
                "\(inst)/convocatoria",
                form: [
                    "title": "Convocatoria abierta", "body": "Se convoca a las organizaciones.", "opensOn": day(0), "closesOn": day(10),
                ]))
        // Publishing the call concludes step 3 by itself, dated, with a link to the call.
        try await expectStep(3, "concluido", on: day(0), linking: "\(inst)/convocatoria")
        let organisations = ["Red Caribe Transparente", "Colectivo Cancún Centro", "Observatorio de Salud del Caribe", "Consultora Lucro S.C."]
        var receipts: [String: String] = [:]
        for (index, name) in organisations.enumerated() {
            let visitor = Browser(app)
            let form = try await visitor.get("\(inst)/registro")
            XCTAssertEqual(form.status, .ok)
            let sent = try await visitor.post(
                "\(inst)/registro",
                form: [
                    "organizationName": name, "kind": index == 3 ? "privado" : "sociedad_civil",
                    "agendaKind": index == 1 ? "comunitaria" : "sectorial", "agenda": "Agenda \(index)",
                    "evidenceLinks": "https://ejemplo.org/org\(index)/informe", "contactName": "Contacto \(index)",
                    "contactEmail": "org\(index)@privado.example", "privacyConsent": "si", "homepage": "",
                ])
            XCTAssertEqual(sent.status, .created, sent.body.string)
            // The organisation's private receipt, shown on this response only.
            receipts[name] = try XCTUnwrap(PortalTests.matches(#"/acuse/([0-9a-f]{64})""#, in: sent.body.string).first)
        }
        let callPage = try await Browser(app).get("\(inst)/convocatoria")
        XCTAssertTrue(callPage.body.string.contains("Colectivo Cancún Centro"))
        XCTAssertFalse(callPage.body.string.contains("org1@privado.example"), "registration contacts are private")

        // The guarantor validates three and rejects one with its reason.
        let list = try await guarantor.get("\(inst)/registros")
        XCTAssertTrue(list.body.string.contains("org1@privado.example"))
        let ids = try await registrationIDs()
        let noReason = try await guarantor.post(
            "\(inst)/registros/\(ids["Consultora Lucro S.C."]!)/decision", form: ["decision": "rechazar", "reason": ""])
        XCTAssertEqual(noReason.status, .unprocessableEntity)
        FormPage.assertNoInternalName(noReason.body.string, "reason")
        for name in organisations.prefix(3) {
            try await expectSaved(
                guarantor.post("\(inst)/registros/\(ids[name]!)/decision", form: ["decision": "validar", "reason": "Trayectoria acreditada"]))
        }
        try await expectSaved(
            guarantor.post(
                "\(inst)/registros/\(ids["Consultora Lucro S.C."]!)/decision",
                form: [
                    "decision": "rechazar", "reason": "Empresa con fines de lucro",
                ]))
        let decided = try await Browser(app).get("\(inst)/convocatoria")
        XCTAssertTrue(decided.body.string.contains("Empresa con fines de lucro"), "the reason is published")
        for step in 4...5 { try await conclude(step, by: guarantor) }

        // 4. The election: the guarantor issues credentials but never sees one; each
        // organisation opens its own, once, through its receipt.
        let election = try await guarantor.post(
            "\(inst)/eleccion",
            form: [
                "title": "Elección 2026", "seats": "1", "method": "pluralidad",
                "opensAt": InstallationFieldCheck.format(Date().addingTimeInterval(3600)),
                "closesAt": InstallationFieldCheck.format(Date().addingTimeInterval(7 * 86_400)),
            ])
        XCTAssertEqual(election.status, .created, election.body.string)
        XCTAssertTrue(PortalTests.matches(#"([0-9a-f]{64})"#, in: election.body.string).isEmpty, "no credential on the issuer's page")
        var tokens: [String: String] = [:]
        for name in organisations {
            let org = Browser(app)
            let receipt = try await org.get("\(inst)/acuse/\(receipts[name]!)")
            XCTAssertEqual(receipt.status, .ok)
            let reveal = try await org.post("\(inst)/acuse/\(receipts[name]!)/credencial", form: [:])
            if let token = PortalTests.matches(#"/boleta/([0-9a-f]{64})""#, in: reveal.body.string).first {
                tokens[name] = token
                let again = try await org.post("\(inst)/acuse/\(receipts[name]!)/credencial", form: [:]).status
                XCTAssertEqual(again, .conflict, "the credential is shown once")
            } else {
                XCTAssertEqual(reveal.status, .conflict, name)
            }
        }
        XCTAssertEqual(Set(tokens.keys), Set(organisations.prefix(3)), "one credential per validated organisation, none for the rejected")
        let storedHashes = try await ElectionCredential.query(on: db).all().map(\.tokenHash)
        XCTAssertFalse(tokens.values.contains { storedHashes.contains($0) }, "tokens are stored hashed")

        // Each organisation nominates one of its people.
        let nominees = [
            "Red Caribe Transparente": "Ana Pérez", "Colectivo Cancún Centro": "Beto Ku", "Observatorio de Salud del Caribe": "Carla Díaz",
        ]
        for (organisation, person) in nominees {
            let org = Browser(app)
            let ballotPage = try await org.get("\(inst)/boleta/\(tokens[organisation]!)")
            XCTAssertEqual(ballotPage.status, .ok)
            let option = try XCTUnwrap(
                PortalTests.matches(#"<option value="([0-9A-F-]{36})">\#(organisation)</option>"#, in: ballotPage.body.string).first)
            try await expectSaved(
                org.post("\(inst)/boleta/\(tokens[organisation]!)/candidatura", form: ["personName": person, "registrationId": option]))
        }

        // Government and guarantor users are refused even with a credential link.
        let government = Browser(app)
        try await government.login("contraloria@qroo.gob.mx")
        let govBallot = try await government.get("\(inst)/boleta/\(tokens["Red Caribe Transparente"]!)").status
        XCTAssertEqual(govBallot, .forbidden)
        let guarantorNominates = try await guarantor.post(
            "\(inst)/boleta/\(tokens["Red Caribe Transparente"]!)/candidatura",
            form: ["personName": "Intruso", "registrationId": ids["Red Caribe Transparente"]!.uuidString]
        ).status
        XCTAssertEqual(guarantorNominates, .forbidden)

        try await expectSaved(guarantor.post("\(inst)/eleccion/abrir", form: [:]))

        // The organisations vote: Ana twice, Carla once.
        let vote = ["Red Caribe Transparente": "Ana Pérez", "Colectivo Cancún Centro": "Ana Pérez", "Observatorio de Salud del Caribe": "Carla Díaz"]
        for (organisation, person) in vote.sorted(by: { $0.key < $1.key }) {
            let org = Browser(app)
            let page = try await org.get("\(inst)/boleta/\(tokens[organisation]!)")
            let choice = try XCTUnwrap(
                PortalTests.matches(
                    #"name="(c-[0-9A-F-]{36})" id="c-[0-9A-F-]{36}" value="si"/?><label for="c-[0-9A-F-]{36}">\#(person) —"#, in: page.body.string
                ).first, page.body.string)
            if organisation == "Observatorio de Salud del Caribe" {
                // Before it votes: nobody sees a partial count, the public included.
                for (who, browser) in [("gobierno", government), ("garante", guarantor)] {
                    let status = try await browser.get("\(inst)/resultados").status
                    XCTAssertEqual(status, .forbidden, who)
                    let voteStatus = try await browser.post("\(inst)/boleta/\(tokens[organisation]!)", form: [choice: "si"]).status
                    XCTAssertEqual(voteStatus, .forbidden, who)
                }
                let anonymousAPI = try await apiStatus("/api/v1/secretariats/\(slug)/installation/election/results")
                XCTAssertEqual(anonymousAPI, .unauthorized)
            }
            let cast = try await org.post("\(inst)/boleta/\(tokens[organisation]!)", form: [choice: "si"])
            XCTAssertEqual(cast.status, .created, cast.body.string)
        }
        let again = try await Browser(app).post("\(inst)/boleta/\(tokens["Red Caribe Transparente"]!)", form: [:])
        XCTAssertEqual(again.status, .conflict, "one ballot per organisation")

        // 5. Close: full count published, seats filled.
        let closed = try await guarantor.post("\(inst)/eleccion/cerrar", form: [:])
        XCTAssertEqual(closed.status, .seeOther)
        let results = try await Browser(app).get("\(inst)/resultados")
        XCTAssertEqual(results.status, .ok)
        XCTAssertTrue(results.body.string.contains("Ana Pérez"))
        try await app.test(.GET, "/api/v1/secretariats/\(slug)/installation/election/results") { res async throws in
            XCTAssertEqual(res.status, .ok)
            let body = try res.content.decode(ElectionResultsDTO.self)
            XCTAssertEqual(body.ballotsCast, 3)
            XCTAssertEqual(body.rows.map(\.personName), ["Ana Pérez", "Carla Díaz", "Beto Ku"])
            XCTAssertEqual(body.rows.map(\.votes), [2, 1, 0])
            XCTAssertEqual(body.rows.map(\.outcome), ["titular", "suplente", "no_electa"])
        }
        let late = try await Browser(app).post("\(inst)/boleta/\(tokens["Colectivo Cancún Centro"]!)", form: [:]).status
        XCTAssertEqual(late, .conflict, "no ballot after the close")
        var detail = try await SecretariatDetail.load(slug: slug, on: db)
        XCTAssertEqual(detail.seats(in: .sociedadCivil).first?.titular?.person?.name, "Ana Pérez")
        XCTAssertEqual(detail.seats(in: .sociedadCivil).first?.suplente?.person?.name, "Carla Díaz")
        XCTAssertEqual(detail.seats(in: .sociedadCivil).first?.titular?.organization?.name, "Red Caribe Transparente")
        // Closing the election and seating its winners concluded step 6.
        try await expectStep(6, "concluido", on: day(0), linking: "\(inst)/resultados")

        // Government and guarantor titulares designated by their institutions.
        let seats = Dictionary(uniqueKeysWithValues: detail.seats.map { ($0.seat.sector, $0.seat.id!.uuidString) })
        try await expectRedirect(
            guarantor.post(
                "\(base)/gestion/integrantes", form: ["seatId": seats["gobierno"]!, "role": "titular", "office": "Secretaría de la Contraloría"]))
        try await expectRedirect(
            guarantor.post(
                "\(base)/gestion/integrantes", form: ["seatId": seats["organismo_garante"]!, "role": "titular", "office": "IDAIP Quintana Roo"]))

        // 6. The selected representatives record the facilitator.
        try await makeUser("ana@redcaribe.example")
        try await grant(
            "ana@redcaribe.example", ["secretariat": slug, "role": "representante", "sector": "sociedad_civil", "seatNumber": "1"], by: admin)
        let representative = Browser(app)
        try await representative.login("ana@redcaribe.example")
        try await expectSaved(
            representative.post(
                "\(inst)/facilitacion",
                form: [
                    "personName": "Lucía Academia", "origin": "Academia – Universidad de Quintana Roo", "originKind": "academia",
                    "method": "Consenso de los representantes", "decidedOn": day(0), "minutesUrl": "https://ejemplo.org/qroo/minuta-facilitacion.pdf",
                ]))
        let facilitation = try await Browser(app).get("\(inst)/facilitacion")
        XCTAssertTrue(facilitation.body.string.contains("Lucía Academia"))
        XCTAssertFalse(facilitation.body.string.contains("Advertencias de independencia"))
        // Recording the choice concluded step 7 on the day it was decided, with its minutes.
        try await expectStep(7, "concluido", on: day(0), linking: "https://ejemplo.org/qroo/minuta-facilitacion.pdf")

        // 7. The MG (version 1, from the creation) and steps 8–9.
        try await conclude(8, evidence: ("reglas_de_funcionamiento", "\(base)/mecanismo"), by: guarantor)

        // 8. Step 10: «Instalar el STL» is not offered while something is missing, and the
        // page lists what: step 9 (its document goes in the acta) and the acta itself.
        var desk = try await guarantor.get(inst).body.string
        XCTAssertFalse(desk.contains("action=\"\(inst)/instalar\""), "no install button while something is missing")
        XCTAssertTrue(desk.contains("Concluir el paso 9: Redacción del mecanismo de gobernanza."))
        XCTAssertTrue(desk.contains("Emitir el acta de instalación."))
        let tooEarly = try await guarantor.post("\(inst)/instalar", form: [:])
        XCTAssertEqual(tooEarly.status, .conflict)
        XCTAssertTrue(tooEarly.body.string.contains("Emitir el acta de instalación."), "the refusal says what is missing")
        let draft = try await Browser(app).get("\(base)/acta")
        XCTAssertTrue(draft.body.string.contains("BORRADOR"))
        try await expectSaved(guarantor.post("\(inst)/acta", form: [:]))
        // The acta carries the Mecanismo de Gobernanza: step 9 concluded, step 10 under way.
        try await expectStep(9, "concluido", on: day(0), linking: "\(base)/mecanismo")
        try await expectStep(10, "en_curso", on: nil, linking: "\(base)/acta")
        desk = try await guarantor.get(inst).body.string
        XCTAssertTrue(desk.contains("action=\"\(inst)/instalar\""), "offered once nothing is missing")
        XCTAssertFalse(desk.contains("install-missing"))
        let acta = try await Browser(app).get("\(base)/acta")
        for expected in [
            "Acta de instalación del Secretariado Técnico Local de Quintana Roo", "Ana Pérez", "Carla Díaz",
            "Lucía Academia", "Secretaría de la Contraloría", "Mecanismo de Gobernanza",
        ] {
            XCTAssertTrue(acta.body.string.contains(expected), expected)
        }
        XCTAssertFalse(acta.body.string.contains("BORRADOR"))
        let markdown = try await Browser(app).get("\(base)/acta.md")
        XCTAssertEqual(markdown.headers.contentType?.subType, "markdown")
        XCTAssertTrue(markdown.body.string.hasPrefix("# Acta de instalación"))
        XCTAssertTrue(markdown.body.string.contains("**Suplentes**\n\n- Carla Díaz — Observatorio de Salud del Caribe"))

        try await expectSaved(guarantor.post("\(inst)/instalar", form: ["installedOn": day(0)]))
        let stl = try await Secretariat.find(slug: slug, on: db)
        XCTAssertEqual(stl.status, .instalado)
        XCTAssertEqual(stl.installedOn.map(CalendarDate.format), day(0))
        let records = try await InstallationStepRecord.query(on: db).filter(\.$secretariat.$id == stl.requireID()).all()
        XCTAssertEqual(records.count, 10)
        XCTAssertTrue(records.allSatisfy { $0.status == .concluido })
        let page = try await Browser(app).get(base)
        XCTAssertTrue(page.body.string.contains("Instalado"))
        let frozen = try await guarantor.post("\(inst)/pasos/3", form: ["status": "en_curso"]).status
        XCTAssertEqual(frozen, .conflict, "an installed STL's roadmap is history")
        let audited = try await AuditEntry.query(on: db).filter(\.$summary ~~ "Secretariado instalado").count()
        XCTAssertEqual(audited, 1)
        detail = try await SecretariatDetail.load(slug: slug, on: db)
        XCTAssertEqual(detail.facilitator?.person?.name, "Lucía Academia")
    }

    // MARK: helpers

    /// The step as the API's roadmap reports it: status, conclusion date and a link to the
    /// record among its evidence.
    private func expectStep(_ number: Int, _ status: String, on day: String?, linking url: String, line: UInt = #line) async throws {
        try await app.test(.GET, "/api/v1/secretariats/\(slug)/installation") { res async throws in
            XCTAssertEqual(res.status, .ok, line: line)
            let roadmap = try res.content.decode(InstallationRoadmapDTO.self)
            let step = try XCTUnwrap(roadmap.steps.first { $0.number == number }, line: line)
            XCTAssertEqual(step.status, status, "step \(number)", line: line)
            XCTAssertEqual(step.concludedOn, day, "step \(number)", line: line)
            XCTAssertTrue(step.evidence.contains { $0.url == url }, "step \(number) links \(url): \(step.evidence.map(\.url))", line: line)
        }
        let moved = try await AuditEntry.query(on: db).filter(\.$entity == "installation_step").filter(\.$entityID == "\(number)").count()
        XCTAssertGreaterThan(moved, 0, "the step's move is in the audit log", line: line)
    }

    private func grant(_ email: String, _ form: [String: String], by admin: Browser) async throws {
        let user = try await UserWrites.find(email: email, on: db)
        let response = try await admin.post("/admin/usuarios/\(user.id!)/roles", form: form)
        XCTAssertEqual(response.status, .seeOther, response.body.string)
    }

    private func conclude(_ step: Int, evidence: (String, String)? = nil, by browser: Browser, line: UInt = #line) async throws {
        if let (kind, url) = evidence {
            try await expectSaved(browser.post("\(inst)/pasos/\(step)/evidencias", form: ["kind": kind, "url": url]), line: line)
        }
        try await expectSaved(browser.post("\(inst)/pasos/\(step)", form: ["status": "concluido", "notes": "Paso \(step) concluido"]), line: line)
    }

    private func expectSaved(_ response: XCTHTTPResponse, line: UInt = #line) throws {
        XCTAssertEqual(response.status, .seeOther, response.body.string, line: line)
        XCTAssertTrue(response.headers.first(name: .location)?.hasSuffix("?guardado=1") ?? false, line: line)
    }

    private func expectRedirect(_ response: XCTHTTPResponse, line: UInt = #line) throws {
        XCTAssertEqual(response.status, .seeOther, response.body.string, line: line)
    }

    private func registrationIDs() async throws -> [String: UUID] {
        let registrations = try await CallRegistration.query(on: db).all()
        return Dictionary(uniqueKeysWithValues: registrations.map { ($0.organizationName, $0.id!) })
    }

    private func apiStatus(_ path: String, headers: HTTPHeaders = [:]) async throws -> HTTPStatus {
        var status = HTTPStatus.internalServerError
        try await app.test(.GET, path, headers: headers) { res async in status = res.status }
        return status
    }

    /// `AAAA-MM-DD` of today plus `offset` days.
    private func day(_ offset: Int) -> String {
        CalendarDate.format(CalendarDate.today().addingTimeInterval(Double(offset) * 86_400))
    }
}

import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// The ten-step roadmap: created with every new STL, history for installed ones, its
/// status and evidence forms, and the conditions of step 10.
final class RoadmapTests: AppTestCase {
    func testANewSTLStartsInFormationWithTenPendingSteps() async throws {
        let headers = try await bearer(for: makeUser("root@mx", admin: true))
        try await app.test(
            .POST, "/api/v1/secretariats", headers: headers,
            beforeRequest: { req in
                try req.content.encode(["name": "Chiapas"])
            }
        ) { res async in XCTAssertEqual(res.status, .created) }

        try await app.test(.GET, "/api/v1/secretariats/chiapas/installation") { res async throws in
            XCTAssertEqual(res.status, .ok)
            let roadmap = try res.content.decode(InstallationRoadmapDTO.self)
            XCTAssertEqual(roadmap.status, "en_formacion")
            XCTAssertFalse(roadmap.historical)
            XCTAssertEqual(roadmap.steps.map(\.number), Array(1...10))
            XCTAssertTrue(roadmap.steps.allSatisfy { $0.status == "pendiente" })
            XCTAssertEqual(roadmap.stages.map(\.total), [2, 2, 6])
            XCTAssertEqual(roadmap.steps[9].responsible, "Organismo garante")
        }
        let page = try await Browser(app).get("/stl/chiapas/instalacion")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.string.contains("role=\"img\""), "the progress chart is an accessible image")
        XCTAssertTrue(page.body.string.contains("0 de 10 pasos concluidos"))
        XCTAssertTrue(page.body.string.contains("Calendarización de actividades previas requeridas para instalar el STL."))
    }

    func testInstalledDemoSTLsShowTheirStepsAsConcludedHistory() async throws {
        try await loadDemo()
        try await app.test(.GET, "/api/v1/secretariats/jalisco/installation") { res async throws in
            let roadmap = try res.content.decode(InstallationRoadmapDTO.self)
            XCTAssertTrue(roadmap.historical)
            XCTAssertEqual(roadmap.concluded, 10)
            XCTAssertTrue(roadmap.steps.allSatisfy { $0.status == "concluido" })
        }
        let page = try await Browser(app).get("/stl/jalisco/instalacion")
        XCTAssertTrue(page.body.string.contains("ya está instalado"))
        let acta = try await Browser(app).get("/stl/jalisco/acta")
        XCTAssertEqual(acta.status, .ok, "every STL answers at its acta")
        XCTAssertTrue(acta.body.string.contains("aún no se ha subido"), "no invented acta for STLs installed before the platform")
        try await makeUser("itei@jal.mx", grants: [("jalisco", .garante, nil, nil)])
        let guarantor = Browser(app)
        try await guarantor.login("itei@jal.mx")
        let status = try await guarantor.post("/stl/jalisco/instalacion/pasos/1", form: ["status": "en_curso"]).status
        XCTAssertEqual(status, .conflict)
    }

    func testStepFormsNameTheBadField() async throws {
        let fixture = try await InstallationFixture.make(on: db)
        try await makeUser("g@x.mx", grants: [(fixture.stl.slug, .garante, nil, nil)])
        let guarantor = Browser(app)
        try await guarantor.login("g@x.mx")
        let inst = "/stl/\(fixture.stl.slug)/instalacion"
        let cases: [(String, [String: String], HTTPStatus, String?)] = [
            ("\(inst)/pasos/1", ["status": "hecho"], .unprocessableEntity, "status"),
            (
                "\(inst)/pasos/1", ["status": "concluido", "startedOn": "2026-05-02", "concludedOn": "2026-05-01"], .unprocessableEntity,
                "concludedOn"
            ),
            ("\(inst)/pasos/1", ["status": "en_curso", "startedOn": "2026-02-30"], .unprocessableEntity, "startedOn"),
            ("\(inst)/pasos/10", ["status": "concluido"], .unprocessableEntity, "status"),
            ("\(inst)/pasos/11", ["status": "concluido"], .notFound, nil),
            ("\(inst)/pasos/uno", ["status": "concluido"], .notFound, nil),
            ("\(inst)/pasos/2/evidencias", ["kind": "declaracion_conjunta", "url": "javascript:alert(1)"], .unprocessableEntity, "url"),
            ("\(inst)/pasos/2/evidencias", ["kind": "foto", "url": "https://ejemplo.org"], .unprocessableEntity, "kind"),
            ("\(inst)/grupo-promotor", ["name": "X", "sector": "iglesia"], .unprocessableEntity, "sector"),
            ("\(inst)/ruta", ["title": "X", "startsOn": "2026-05-02", "endsOn": "2026-05-01"], .unprocessableEntity, "endsOn"),
            ("\(inst)/ruta", ["title": "X", "startsOn": "2026-05-02", "stepNumber": "12"], .unprocessableEntity, "stepNumber"),
        ]
        for (path, form, status, field) in cases {
            let response = try await guarantor.post(path, form: form)
            XCTAssertEqual(response.status, status, "\(path) \(form)")
            if let field { FormPage.assertNoInternalName(response.body.string, field) }
        }

        let saved = try await guarantor.post("\(inst)/pasos/2", form: ["status": "concluido", "notes": "Respaldo de la gubernatura"])
        XCTAssertEqual(saved.status, .seeOther)
        let record = try await InstallationStepRecord.query(on: db).filter(\.$number == 2).filter(\.$secretariat.$id == fixture.stl.requireID())
            .first()
        XCTAssertEqual(record?.status, .concluido)
        XCTAssertEqual(record?.concludedOn, CalendarDate.today())
        XCTAssertEqual(record?.startedOn, CalendarDate.today())
        let evidence = try await guarantor.post(
            "\(inst)/pasos/2/evidencias", form: ["kind": "constancia_respaldo_politico", "url": "https://ejemplo.org/carta.pdf", "title": "Carta"])
        XCTAssertEqual(evidence.status, .seeOther)
        let page = try await Browser(app).get("\(inst)/pasos/2")
        XCTAssertTrue(page.body.string.contains("https://ejemplo.org/carta.pdf"))
        XCTAssertTrue(page.body.string.contains("Respaldo de la gubernatura"))
        let audited = try await AuditEntry.query(on: db).filter(\.$entity ~~ "installation_").count()
        XCTAssertEqual(audited, 2)
    }

    func testStepTenNeedsTheActaAndEveryEarlierStep() async throws {
        let fixture = try await InstallationFixture.make(on: db)
        let stl = fixture.stl
        await XCTAssertThrowsConflict { try await InstallationWrites.install(InstallInput(), in: stl, by: .system, now: self.now, on: self.db) }
        // The acta needs a titular per sector.
        await XCTAssertThrowsConflict { _ = try await ActaWrites.issue(in: stl, by: .system, now: self.now, on: self.db) }
        let detail = try await SecretariatDetail.load(slug: stl.slug, on: db)
        for holders in detail.seats {
            _ = try await MemberWrites.appoint(
                MemberInput(
                    seatId: holders.seat.id!.uuidString, role: "titular", personName: "Titular \(holders.seat.sector)", appointmentReference: "acta",
                    appointmentReason: "Prueba: designación fuera de la elección", confirmDirectAppointment: "on"), in: stl, by: .system, on: db)
        }
        _ = try await ActaWrites.issue(in: stl, by: .system, now: now, on: db)
        for number in 1...9 where number != 7 {
            _ = try await InstallationWrites.updateStep(number, with: InstallationStepInput(status: "concluido"), in: stl, by: .system, on: db)
        }
        do {
            try await InstallationWrites.install(InstallInput(), in: stl, by: .system, now: now, on: db)
            XCTFail("step 7 is pending")
        } catch let error as AppError {
            XCTAssertEqual(error.status, .conflict)
            XCTAssertTrue(error.message.es.contains("7"))
        }
        _ = try await InstallationWrites.updateStep(7, with: InstallationStepInput(status: "concluido"), in: stl, by: .system, on: db)
        try await InstallationWrites.install(InstallInput(installedOn: "2026-11-20"), in: stl, by: .system, now: now, on: db)
        let installed = try await Secretariat.find(slug: stl.slug, on: db)
        XCTAssertEqual(installed.status, .instalado)
        XCTAssertEqual(installed.installedOn.map(CalendarDate.format), "2026-11-20")
        let acta = try await Browser(app).get("/stl/\(stl.slug)/acta")
        XCTAssertTrue(acta.body.string.contains("Titular sociedad_civil"))
        // Installed in the platform: still the generated acta, printable with its digest and
        // a line to sign for each member.
        let issued = try unwrapped(try await InstallationAct.query(on: db).first())
        let page = acta.body.string
        XCTAssertEqual(page.components(separatedBy: "class=\"doc-identity\"").count, 2)
        XCTAssertTrue(page.contains("<code>\(issued.sha256)</code>"), "the digest is printed in the identification")
        XCTAssertTrue(page.contains("http://localhost:8080/stl/\(stl.slug)/acta.md"), "the verifiable text's address is written out")
        XCTAssertTrue(page.contains("class=\"print-identity-line print-only\""))
        XCTAssertTrue(page.contains("SHA-256 \(issued.sha256.prefix(16))…"), "the printout names the record on top")
        XCTAssertTrue(
            page.contains("<li class=\"sign\"><span class=\"signer\">Titular sociedad_civil"),
            "the acta's «Firmas» are lines to sign")
        XCTAssertFalse(page.contains("______"), "the blanks become lines, not underscores")
        XCTAssertFalse(page.contains("BORRADOR"))
        await XCTAssertThrowsConflict { _ = try await ActaWrites.issue(in: stl, by: .system, now: self.now, on: self.db) }
    }

    private func XCTAssertThrowsConflict(_ body: () async throws -> Void, line: UInt = #line) async {
        do {
            try await body()
            XCTFail("expected a conflict", line: line)
        } catch let error as AppError {
            XCTAssertEqual(error.status, .conflict, line: line)
        } catch {
            XCTFail("unexpected \(error)", line: line)
        }
    }
}

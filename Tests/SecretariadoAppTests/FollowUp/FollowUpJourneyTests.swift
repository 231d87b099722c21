import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// The follow-up's whole path, through the HTML forms as a facilitator uses them: a plan,
/// a commitment, three milestones, one done with evidence; the public dashboard and the
/// CSV reflect it at once; an override with its reason shows next to the derived level;
/// two expenses add up exactly; an agreement past its due date reads "Vencido".
final class FollowUpJourneyTests: AppTestCase {
    func testAFacilitatorRecordsThePlanAndThePublicSeesItAtOnce() async throws {
        try await loadDemo()
        try await makeUser("facilitacion@morelos.mx", grants: [("morelos", .facilitador, nil, nil)])
        let browser = Browser(app)
        try await browser.login("facilitacion@morelos.mx")
        let public_ = Browser(app)

        // The plan and a commitment with two OGP values ticked.
        let planID = try redirectedID(
            try await browser.post(
                SiteURL.actionPlans(.value("morelos")).path,
                form: [
                    "title": "Plan de Acción Local 2026–2027", "startsOn": "2026-01-01", "endsOn": "2027-12-31",
                ]))
        let planPage = try await browser.get(SiteURL.actionPlan(.value("morelos"), .value(planID)).path)
        XCTAssertTrue(
            planPage.body.string.contains(SiteURL.planCommitments(.value("morelos"), .value(planID)).path), "the plan page offers the commitment form"
        )
        let commitmentID = try redirectedID(
            try await browser.post(
                SiteURL.planCommitments(.value("morelos"), .value(planID)).path,
                form: [
                    "title": "Presupuesto participativo abierto", "problem": "Los proyectos votados no tienen seguimiento público.",
                    "objective": "Reportar cada trimestre el avance y el gasto de cada proyecto.",
                    "leadInstitution": "Secretaría de Hacienda del Estado de Morelos",
                    "coResponsible": "COPARMEX Morelos", "ogp_participacion_civica": "true", "ogp_rendicion_cuentas": "true",
                ]))
        let commitmentPath = SiteURL.commitment(.value("morelos"), .value(commitmentID)).path

        // Three milestones, then the first done with its evidence.
        for (title, due) in [
            ("Catálogo de proyectos", "2026-03-31"), ("Primer reporte trimestral", "2026-06-30"), ("Recorridos de verificación", "2026-09-30"),
        ] {
            let res = try await browser.post(
                SiteURL.commitmentMilestones(.value("morelos"), .value(commitmentID)).path, form: ["title": title, "dueOn": due])
            XCTAssertEqual(res.status, .seeOther, res.body.string)
        }
        let page = try await browser.get(commitmentPath)
        let milestoneIDs = HTMLScan.all("/hitos/([0-9A-F-]{36})\"", in: page.body.string).map { $0[0] }
        XCTAssertEqual(milestoneIDs.count, 3, "one progress form per milestone")
        let before = try await public_.get(SiteURL.followUp(.value("morelos")).path)
        XCTAssertTrue(before.body.string.contains("No iniciado: 1"), "three pending milestones: not started")
        let today = RecordTime.localDate(Date())
        let done = try await browser.post(
            SiteURL.milestone(.value("morelos"), .value(commitmentID), .value(UUID(uuidString: milestoneIDs[0])!)).path,
            form: ["done": "true", "doneOn": today, "evidenceLinks": "https://example.org/catalogo-proyectos.pdf"])
        XCTAssertEqual(done.status, .seeOther, done.body.string)

        // The public sees it right away: 1 of 3 verified is "Limitado".
        let dashboard = try await public_.get(SiteURL.followUp(.value("morelos")).path)
        XCTAssertEqual(dashboard.status, .ok)
        XCTAssertTrue(dashboard.body.string.contains("Limitado: 1"), "the chart's text alternative counts the commitment as limited")
        XCTAssertTrue(dashboard.body.string.contains(#"role="img""#))
        var csv = try await public_.get(APIURL.commitmentsCSV(.value("morelos")).path)
        var row = try XCTUnwrap(Self.csvRecords(csv.body.string).first { $0["compromiso"] == "Presupuesto participativo abierto" })
        XCTAssertEqual(row["nivel"], "limitado")
        XCTAssertEqual(row["nivel_segun_hitos"], "limitado")
        XCTAssertEqual(row["hitos"], "3")
        XCTAssertEqual(row["hitos_con_evidencia"], "1")
        XCTAssertEqual(row["valores_ogp"], "participacion_civica;rendicion_cuentas")
        let publicCommitment = try await public_.get(commitmentPath)
        XCTAssertTrue(publicCommitment.body.string.contains("Limitado"))
        XCTAssertTrue(publicCommitment.body.string.contains("https://example.org/catalogo-proyectos.pdf"), "the evidence is public")
        XCTAssertFalse(publicCommitment.body.string.contains("facilitacion@morelos.mx"), "the history never shows e-mails to the public")

        // The STL adjusts the level with a reason: both levels and the reason are shown.
        let reason = "Los recorridos ya se hicieron; las actas se publicarán este mes."
        let adjusted = try await browser.post(
            SiteURL.commitmentLevel(.value("morelos"), .value(commitmentID)).path,
            form: ["levelOverride": "sustancial", "overrideReason": reason])
        XCTAssertEqual(adjusted.status, .seeOther, adjusted.body.string)
        let shown = try await public_.get(commitmentPath)
        XCTAssertTrue(shown.body.string.contains("Sustancial"))
        XCTAssertTrue(shown.body.string.contains("Limitado"), "the derived level stays visible")
        XCTAssertTrue(shown.body.string.contains(reason))
        XCTAssertTrue(shown.body.string.contains("nivel ajustado a «Sustancial»"), "the history records the adjustment")
        XCTAssertTrue(shown.body.string.contains("hito 1: cumplido con evidencia"), "the history records the milestone")
        csv = try await public_.get(APIURL.commitmentsCSV(.value("morelos")).path)
        row = try XCTUnwrap(Self.csvRecords(csv.body.string).first { $0["compromiso"] == "Presupuesto participativo abierto" })
        XCTAssertEqual(row["nivel_segun_hitos"], "limitado")
        XCTAssertEqual(row["nivel_ajustado"], "sustancial")
        XCTAssertEqual(row["motivo_ajuste"], reason)
        XCTAssertEqual(row["nivel"], "sustancial")
        let adjustedDashboard = try await public_.get(SiteURL.followUp(.value("morelos")).path)
        XCTAssertTrue(adjustedDashboard.body.string.contains("Sustancial: 1"))

        // Two expenses that floating point would not add up: exactly $0.30.
        for amount in ["0.10", "0.20"] {
            let res = try await browser.post(
                SiteURL.finances(.value("morelos")).path,
                form: [
                    "spentOn": today, "concept": "Papelería", "amount": amount, "source": "Presupuesto del organismo garante",
                ])
            XCTAssertEqual(res.status, .seeOther, res.body.string)
        }
        let finances = try await public_.get(SiteURL.finances(.value("morelos")).path)
        XCTAssertTrue(finances.body.string.contains("$0.30"), "the total is exact")
        let expensesJSON = try await app.sendRequest(.GET, APIURL.expenses(.value("morelos")).path)
        let totals = try json(expensesJSON)
        XCTAssertEqual(totals["total"] as? String, "0.30")
        XCTAssertEqual(totals["totalCentavos"] as? Int, 30)
        let spendingDashboard = try await public_.get(SiteURL.followUp(.value("morelos")).path)
        XCTAssertTrue(spendingDashboard.body.string.contains("$0.30"))

        // An agreement whose due date has passed is flagged.
        let agreementID = try redirectedID(
            try await browser.post(
                SiteURL.agreements(.value("morelos")).path,
                form: [
                    "title": "Entregar el informe de avance", "owner": "Secretaría de Hacienda", "ownerSector": "gobierno", "dueOn": localDay(-3),
                ]))
        let agreementPage = try await public_.get(SiteURL.agreement(.value("morelos"), .value(agreementID)).path)
        XCTAssertTrue(agreementPage.body.string.contains("Vencido"))
        let overdue = try await public_.get(SiteURL.agreements(.value("morelos")).path + "?status=vencido")
        XCTAssertTrue(overdue.body.string.contains("Entregar el informe de avance"))
        XCTAssertTrue(overdue.body.string.contains(#"class="overdue""#))
        let agreementsCSV = try await public_.get(APIURL.agreementsCSV(.value("morelos")).path)
        let agreementRow = try XCTUnwrap(Self.csvRecords(agreementsCSV.body.string).first { $0["titulo"] == "Entregar el informe de avance" })
        XCTAssertEqual(agreementRow["estado"], "vencido")
        XCTAssertEqual(agreementRow["estado_registrado"], "pendiente", "vencido is derived, never stored")
        XCTAssertEqual(agreementRow["vencido"], "si")

        // Every change went to the audit log.
        let entities = try await AuditEntry.query(on: db).all().map(\.entity)
        for entity in ["action_plan", "commitment", "milestone", "expense", "agreement"] {
            XCTAssertTrue(entities.contains(entity), "audited: \(entity)")
        }
    }

    func testARepresentativeRecordsProgressOfAnAgreementWithEvidence() async throws {
        try await loadDemo()
        try await representative("rep@morelos.mx", "morelos", "sociedad_civil", 1)
        let browser = Browser(app)
        try await browser.login("rep@morelos.mx")
        let id = try redirectedID(
            try await browser.post(
                SiteURL.agreements(.value("morelos")).path,
                form: [
                    "title": "Difundir el plan en universidades", "owner": "COPARMEX Morelos", "dueOn": localDay(30),
                ]))
        let note = try await browser.post(
            SiteURL.agreementNotes(.value("morelos"), .value(id)).path,
            form: [
                "notedOn": localDay(0), "text": "Se presentó en la UAEM.", "evidenceLinks": "https://example.org/relatoria.pdf", "status": "cumplido",
            ])
        XCTAssertEqual(note.status, .seeOther, note.body.string)
        let page = try await Browser(app).get(SiteURL.agreement(.value("morelos"), .value(id)).path)
        XCTAssertTrue(page.body.string.contains("Se presentó en la UAEM."))
        XCTAssertTrue(page.body.string.contains("https://example.org/relatoria.pdf"))
        XCTAssertTrue(page.body.string.contains("Cumplido"))
        let stored = try await Agreement.find(id, on: db)
        XCTAssertEqual(stored?.status, .cumplido)
    }

    func testTheDashboardsSpeakEnglishOnRequest() async throws {
        try await loadDemo()
        _ = try await planWithCommitment("jalisco")
        let national = try await app.sendRequest(.GET, SiteURL.nationalFollowUp.path + "?lang=en")
        XCTAssertEqual(national.status, .ok)
        XCTAssertTrue(national.body.string.contains("Follow-up dashboard"))
        XCTAssertTrue(national.body.string.contains("Not started: 1"))
        XCTAssertTrue(national.body.string.contains("Jalisco"))
        let spanish = try await app.sendRequest(.GET, SiteURL.nationalFollowUp.path)
        XCTAssertTrue(spanish.body.string.contains("No iniciado: 1"))
    }
}

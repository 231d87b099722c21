import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// The tracker's filters, the exports (CSV and JSON), the open-data catalogue, and the
/// demo follow-up data.
final class FollowUpExportsTests: AppTestCase {
    /// Three agreements of Morelos: one overdue of government, one in progress of civil
    /// society taken in a session, one done.
    private func agreements() async throws -> (Agreement, Agreement, Agreement, StlSession) {
        try await loadDemo()
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        let session = try await convene("morelos")
        let overdue = try await AgreementWrites.create(
            AgreementCreateInput(title: "Publicar el padrón", owner: "Secretaría de Hacienda", ownerSector: "gobierno", dueOn: localDay(-10)),
            in: stl, by: facilitation, on: db)
        let ongoing = try await AgreementWrites.create(
            AgreementCreateInput(
                title: "Convocar el foro", owner: "COPARMEX Morelos", ownerSector: "sociedad_civil", dueOn: localDay(20),
                sessionId: session.id!.uuidString),
            in: stl, by: facilitation, on: db)
        _ = try await AgreementWrites.addNote(
            ongoing.requireID(), AgreementNoteInput(text: "Sede reservada", status: "en_proceso"), in: stl, by: facilitation, on: db)
        let done = try await AgreementWrites.create(
            AgreementCreateInput(title: "Aprobar el calendario", owner: "Facilitación", dueOn: localDay(-30)), in: stl, by: facilitation, on: db)
        _ = try await AgreementWrites.setStatus(done.requireID(), AgreementUpdateInput(status: "cumplido"), in: stl, by: facilitation, on: db)
        return (overdue, ongoing, done, session)
    }

    private func titles(_ query: String) async throws -> [String] {
        let res = try await app.sendRequest(.GET, APIURL.agreements(.value("morelos")).path + query)
        XCTAssertEqual(res.status, .ok, res.body.string)
        let list = try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [[String: Any]] ?? []
        return list.compactMap { $0["title"] as? String }
    }

    func testTheTrackerFiltersByStatusOwnerSectorAndSession() async throws {
        let (_, _, _, session) = try await agreements()
        let overdueTitles = try await titles("?status=vencido")
        XCTAssertEqual(overdueTitles, ["Publicar el padrón"])
        let doneTitles = try await titles("?status=cumplido")
        XCTAssertEqual(doneTitles, ["Aprobar el calendario"])
        let ownerTitles = try await titles("?owner=coparmex")
        XCTAssertEqual(ownerTitles, ["Convocar el foro"])
        let sectorTitles = try await titles("?sector=gobierno")
        XCTAssertEqual(sectorTitles, ["Publicar el padrón"])
        let sessionTitles = try await titles("?session=\(session.id!.uuidString)")
        XCTAssertEqual(sessionTitles, ["Convocar el foro"])
        let allTitles = try await titles("")
        XCTAssertEqual(allTitles.count, 3)

        let page = try await app.sendRequest(.GET, SiteURL.agreements(.value("morelos")).path + "?status=vencido")
        XCTAssertTrue(page.body.string.contains("Publicar el padrón"))
        XCTAssertFalse(page.body.string.contains("Convocar el foro"))
        XCTAssertTrue(page.body.string.contains("Mostrando 1 de 3 acuerdos"))
        XCTAssertTrue(page.body.string.contains(#"<option value="vencido" selected="selected">"#), "the filter form keeps its choice")
        XCTAssertTrue(page.body.string.contains(APIURL.agreementsCSV(.value("morelos")).path + "?status=vencido"), "the export follows the filter")
    }

    func testTheAgreementJSONCarriesTheStatusOfTodayAndItsNotes() async throws {
        let (overdue, ongoing, _, _) = try await agreements()
        let one = try json(try await app.sendRequest(.GET, APIURL.agreement(.value("morelos"), .value(ongoing.id!)).path))
        XCTAssertEqual(one["effectiveStatus"] as? String, "en_proceso")
        XCTAssertEqual((one["notes"] as? [[String: Any]])?.first?["text"] as? String, "Sede reservada")
        let late = try json(try await app.sendRequest(.GET, APIURL.agreement(.value("morelos"), .value(overdue.id!)).path))
        XCTAssertEqual(late["status"] as? String, "pendiente")
        XCTAssertEqual(late["effectiveStatus"] as? String, "vencido")
        XCTAssertEqual(late["overdue"] as? Bool, true)
    }

    func testCSVFilesAreRFC4180WithAHeaderAndUTF8() async throws {
        _ = try await agreements()
        let (_, commitment, milestones) = try await planWithCommitment("morelos", milestones: 2)
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        _ = try await ActionPlanWrites.updateMilestone(
            milestones[0].requireID(), of: commitment.requireID(),
            MilestoneUpdateInput(done: "true", evidenceLinks: "https://example.org/a\nhttps://example.org/b"),
            in: stl, by: facilitation, on: db)
        _ = try await ExpenseWrites.record(
            ExpenseInput(spentOn: "2026-03-31", concept: "Café, galletas y \"agua\"", amount: "$1,234.56", source: "Garante"),
            in: stl, by: facilitation, on: db)
        _ = try await OutreachWrites.record(
            OutreachInput(heldOn: "2026-04-02", kind: "foro", title: "=HYPERLINK(\"x\")", audience: "Público", attendees: "120"),
            in: stl, by: facilitation, on: db)
        for path in [
            APIURL.agreementsCSV(.value("morelos")).path, APIURL.commitmentsCSV(.value("morelos")).path,
            APIURL.milestonesCSV(.value("morelos")).path, APIURL.expensesCSV(.value("morelos")).path,
            APIURL.outreachCSV(.value("morelos")).path, OpenDataURL.agreementsCSV.path, APIURL.nationalExpensesCSV.path,
        ] {
            let res = try await app.sendRequest(.GET, path)
            XCTAssertEqual(res.status, .ok, path)
            XCTAssertEqual(res.headers.contentType?.subType, "csv", path)
            XCTAssertEqual(res.headers.contentType?.parameters["charset"], "utf-8", path)
            XCTAssertTrue(res.body.string.contains("\r\n"), path)
            let rows = Self.csvRows(res.body.string)
            XCTAssertGreaterThan(rows.count, 1, path)
            XCTAssertTrue(rows.allSatisfy { $0.count == rows[0].count }, "every row as wide as the header: \(path)")
        }
        let expenses = Self.csvRecords(try await app.sendRequest(.GET, APIURL.expensesCSV(.value("morelos")).path).body.string)
        XCTAssertEqual(expenses.first?["concepto"], "Café, galletas y \"agua\"")
        XCTAssertEqual(expenses.first?["monto_mxn"], "1234.56")
        XCTAssertEqual(expenses.first?["secretariado"], "morelos")
        let outreach = Self.csvRecords(try await app.sendRequest(.GET, APIURL.outreachCSV(.value("morelos")).path).body.string)
        XCTAssertEqual(outreach.first?["actividad"], "'=HYPERLINK(\"x\")", "formulas are neutralised")
        let milestonesCSV = Self.csvRecords(try await app.sendRequest(.GET, APIURL.milestonesCSV(.value("morelos")).path).body.string)
        XCTAssertEqual(milestonesCSV.first?["cumplido"], "si")
        XCTAssertEqual(milestonesCSV.first?["evidencias"], "https://example.org/a https://example.org/b")
    }

    func testTheCatalogueListsTheFollowUpDatasets() async throws {
        try await loadDemo()
        let catalog = try json(try await app.sendRequest(.GET, OpenDataURL.catalog.path))
        let urls = (catalog["datasets"] as? [[String: Any]] ?? []).compactMap { $0["url"] as? String }
        for url in [
            APIURL.nationalFollowUp.path, OpenDataURL.agreementsCSV.path, APIURL.nationalCommitmentsCSV.path,
            APIURL.nationalMilestonesCSV.path, APIURL.nationalExpensesCSV.path, APIURL.nationalOutreachCSV.path,
            APIURL.agreements(.value("morelos")).path, APIURL.actionPlans(.value("morelos")).path,
            APIURL.expenses(.value("morelos")).path, APIURL.outreach(.value("morelos")).path,
        ] {
            XCTAssertTrue(urls.contains(url), url)
        }
    }

    func testTheDemoHasAPlanForThreeSTLsAndItLoadsOnce() async throws {
        try await loadDemo()
        try await loadDemoSessions()
        try await loadDemoFollowUp()
        let audit = try await auditCount()
        try await loadDemoFollowUp()
        let again = try await auditCount()
        XCTAssertEqual(again, audit, "a second load changes nothing")

        for slug in DemoFollowUpLoader.slugs {
            let stl = try await Secretariat.find(slug: slug, on: db)
            let plans = try await ActionPlanData.load(stl.requireID(), on: db)
            XCTAssertEqual(plans.count, 1, slug)
            let commitments = plans.flatMap(\.commitments)
            XCTAssertGreaterThanOrEqual(commitments.count, 2, slug)
            XCTAssertTrue(commitments.flatMap(\.milestones).contains { $0.done && !$0.evidenceLinks.isEmpty }, "\(slug) has verified milestones")
            let rows = try await AgreementTracker.rows(of: stl.requireID(), on: db)
            XCTAssertTrue(rows.contains(where: \.isOverdue), "\(slug) has an overdue agreement")
            XCTAssertTrue(rows.contains { !$0.notes.isEmpty }, "\(slug) has follow-up notes")
            let expenses = try await ExpenseRecord.query(on: db).filter(\.$secretariat.$id == stl.requireID()).count()
            let outreach = try await OutreachActivity.query(on: db).filter(\.$secretariat.$id == stl.requireID()).count()
            XCTAssertGreaterThan(expenses, 0, slug)
            XCTAssertGreaterThan(outreach, 0, slug)
        }
        let nl = try json(try await app.sendRequest(.GET, APIURL.expenses(.value("nuevo-leon")).path))
        XCTAssertEqual(nl["total"] as? String, "29196.15", "3,450.00 + 12,800.50 + 2,975.25 + 8,120.40 + 1,850.00")
        let national = try json(try await app.sendRequest(.GET, APIURL.nationalFollowUp.path))
        XCTAssertEqual(national["actionPlans"] as? Int, 3)
        let secretariats = try await Secretariat.query(on: db).count()
        XCTAssertEqual((national["secretariats"] as? [[String: Any]])?.count, secretariats)
        let overridden = try await Commitment.query(on: db).filter(\.$levelOverride != nil).count()
        XCTAssertEqual(overridden, 1, "one commitment shows an adjusted level with its reason")
    }
}

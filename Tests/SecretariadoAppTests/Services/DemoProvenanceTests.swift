import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// The guide's tables are real data; everything the demo invents says so — on the page, in
/// JSON, CSV, Popolo and the calendar — and `--only-guide` loads none of it.
final class DemoProvenanceTests: AppTestCase {
    private func loadAll() async throws {
        _ = try await DemoData.load(.all, on: db) { _ in }
    }

    func testOnlyGuideLoadsTheSixteenSTLsAndNothingInvented() async throws {
        let loaded = try await DemoData.load(.guide, on: db) { _ in }

        XCTAssertEqual(loaded.secretariats, 16)
        let secretariats = try await Secretariat.query(on: db).count()
        XCTAssertEqual(secretariats, 16, "no STL in formation")
        let sessions = try await StlSession.query(on: db).count()
        let agreements = try await Agreement.query(on: db).count()
        let plans = try await ActionPlan.query(on: db).count()
        let expenses = try await ExpenseRecord.query(on: db).count()
        let outreach = try await OutreachActivity.query(on: db).count()
        XCTAssertEqual([sessions, agreements, plans, expenses, outreach], [0, 0, 0, 0, 0])
        let markedTerms = try await SeatTerm.query(on: db).filter(\.$demoMark == true).count()
        XCTAssertEqual(markedTerms, 0)
        let page = try await app.sendRequest(.GET, SiteURL.secretariat(.value("jalisco")).path)
        XCTAssertFalse(page.body.string.contains("demo-notice"), "nothing invented, nothing to say")
        let home = try await app.sendRequest(.GET, SiteURL.home.path)
        XCTAssertFalse(home.body.string.contains("demo-notice"))
    }

    func testEveryRecordTheDemoInventsIsMarkedAndNoRecordOfTheGuideIs() async throws {
        try await loadAll()

        for (name, total, marked) in [
            ("sessions", try await StlSession.query(on: db).count(), try await StlSession.query(on: db).filter(\.$demoMark == true).count()),
            ("agreements", try await Agreement.query(on: db).count(), try await Agreement.query(on: db).filter(\.$demoMark == true).count()),
            ("plans", try await ActionPlan.query(on: db).count(), try await ActionPlan.query(on: db).filter(\.$demoMark == true).count()),
            ("expenses", try await ExpenseRecord.query(on: db).count(), try await ExpenseRecord.query(on: db).filter(\.$demoMark == true).count()),
            (
                "outreach", try await OutreachActivity.query(on: db).count(),
                try await OutreachActivity.query(on: db).filter(\.$demoMark == true).count()
            ),
        ] {
            XCTAssertGreaterThan(total, 0, name)
            XCTAssertEqual(marked, total, "every demo \(name) record is marked")
        }
        // The STL in formation is invented, with its members; the guide's 16 are not.
        let invented = try await Secretariat.query(on: db).filter(\.$demoMark == true).all().map(\.slug)
        XCTAssertEqual(invented, [DemoInstallationLoader.slug])
        let yucatan = try await Secretariat.find(slug: DemoInstallationLoader.slug, on: db)
        let yucatanSeats = try await Seat.query(on: db).filter(\.$secretariat.$id == yucatan.requireID()).all().compactMap(\.id)
        let yucatanTerms = try await SeatTerm.query(on: db).filter(\.$seat.$id ~~ yucatanSeats).all()
        XCTAssertFalse(yucatanTerms.isEmpty)
        XCTAssertTrue(yucatanTerms.allSatisfy { $0.isDemo })
        // Suplentes the demo adds are marked; the terms of Tablas 3 and 4 are not.
        let added = try await SeatTerm.query(on: db).filter(\.$note == "Suplente de los datos de demostración").all()
        XCTAssertFalse(added.isEmpty)
        XCTAssertTrue(added.allSatisfy { $0.isDemo })
        let campeche = try await SecretariatDetail.load(slug: "campeche", on: db)
        XCTAssertTrue(campeche.seats.flatMap(\.seat.terms).allSatisfy { !$0.isDemo })
        XCTAssertFalse(campeche.secretariat.hasDemoRecords)
    }

    func testPagesOfAnSTLWithInventedRecordsSaySoAndOthersDoNot() async throws {
        try await loadAll()

        for path in [
            SiteURL.secretariat(.value("jalisco")).path, SiteURL.sessions(.value("jalisco")).path,
            SiteURL.agreements(.value("morelos")).path, SiteURL.finances(.value("nuevo-leon")).path,
        ] {
            let page = try await app.sendRequest(.GET, path)
            XCTAssertEqual(page.status, .ok, path)
            XCTAssertTrue(page.body.string.contains("class=\"demo-notice\""), path)
            XCTAssertTrue(page.body.string.contains("Datos de demostración"), path)
        }
        let english = try await app.sendRequest(.GET, SiteURL.sessions(.value("jalisco")).path + "?lang=en")
        XCTAssertTrue(english.body.string.contains("Demonstration data"))
        let yucatan = try await app.sendRequest(.GET, SiteURL.secretariat(.value(DemoInstallationLoader.slug)).path)
        XCTAssertTrue(yucatan.body.string.contains(DemoNotice.inventedSecretariat.text.es.prefix(40)))
        // Campeche holds only the guide's data.
        let campeche = try await app.sendRequest(.GET, SiteURL.secretariat(.value("campeche")).path)
        XCTAssertFalse(campeche.body.string.contains("demo-notice"))
        // National pages show invented data among the rest: they say so.
        let home = try await app.sendRequest(.GET, SiteURL.home.path)
        XCTAssertTrue(home.body.string.contains(DemoNotice.installation.text.es.prefix(40)))
    }

    func testExportsMarkEachInventedRecord() async throws {
        try await loadAll()

        let sessions = try await app.sendRequest(.GET, APIURL.sessions(.value("jalisco")).path)
        let items = try JSONSerialization.jsonObject(with: Data(sessions.body.readableBytesView)) as? [[String: Any]] ?? []
        XCTAssertFalse(items.isEmpty)
        XCTAssertTrue(items.allSatisfy { $0["demo"] as? Bool == true })
        let jalisco = try await app.sendRequest(.GET, APIURL.secretariat(.value("jalisco")).path)
        let stl = try JSONSerialization.jsonObject(with: Data(jalisco.body.readableBytesView)) as? [String: Any]
        XCTAssertEqual(stl?["demoRecords"] as? Bool, true)
        XCTAssertNil(stl?["demo"], "the STL itself comes from the guide")
        let campeche = try await app.sendRequest(.GET, APIURL.secretariat(.value("campeche")).path)
        XCTAssertFalse(campeche.body.string.contains("\"demo"))

        let csv = try await app.sendRequest(.GET, APIURL.agreementsCSV(.value("morelos")).path)
        let lines = csv.body.string.split(separator: "\r\n")
        XCTAssertTrue(lines.first?.hasSuffix(",demo") ?? false)
        XCTAssertTrue(lines.dropFirst().allSatisfy { $0.hasSuffix(",si") })
        let directory = try await app.sendRequest(.GET, OpenDataURL.secretariatsCSV.path)
        let yucatanRow = directory.body.string.split(separator: "\r\n").first { $0.hasPrefix("\(DemoInstallationLoader.slug),") }
        XCTAssertTrue(yucatanRow?.hasSuffix(",si,si") ?? false)

        let popolo = try await app.sendRequest(.GET, OpenDataURL.popolo(.value("morelos")).path)
        XCTAssertTrue(popolo.body.string.contains("Datos de demostración"))
        let ics = try await app.sendRequest(.GET, APIURL.sessionsCalendar(.value("morelos")).path)
        XCTAssertTrue(ics.body.string.contains("CATEGORIES:") && ics.body.string.contains("Datos de demostración"))
    }

    func testTranscriptionOfTheGuidesPastTermsAndVacancies() async throws {
        try await DemoLoader(db: db).load()

        // Baja California's facilitator served in 2016: not current today.
        let baja = try await SecretariatDetail.load(slug: "baja-california", on: db)
        XCTAssertNotNil(baja.facilitator?.endsOn)
        let page = try await app.sendRequest(.GET, SiteURL.secretariat(.value("baja-california")).path)
        XCTAssertTrue(page.body.string.contains("Anterior: <strong>Martín Vera Martínez</strong>"))
        let api = try await app.sendRequest(.GET, APIURL.secretariat(.value("baja-california")).path)
        XCTAssertTrue(api.body.string.contains("\"vacant\":true"))
        // CIMTRA integrated it originally: a past term, not a current titular.
        let cimtra = baja.seats.flatMap(\.seat.terms).first { $0.organization?.name.hasPrefix("CIMTRA") ?? false }
        XCTAssertEqual(cimtra?.isCurrent, false)
        // Tlaxcala's government titular (Tabla 3, *) served 2015–2016: the seat is vacant today.
        let tlaxcala = try await SecretariatDetail.load(slug: "tlaxcala", on: db)
        XCTAssertTrue(tlaxcala.integration.vacancies.contains { $0.sector == .gobierno })
        XCTAssertFalse(tlaxcala.integration.isCurrentlyBalanced)
        // Jalisco: «Activistas Sociales» is one organisation.
        let jalisco = try await SecretariatDetail.load(slug: "jalisco", on: db)
        let names = Set(jalisco.organizations.map(\.name))
        XCTAssertTrue(names.contains("Activistas Sociales"))
        XCTAssertFalse(names.contains("Sociales"))
    }
}

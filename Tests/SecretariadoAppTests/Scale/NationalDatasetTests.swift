import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// The national-scale generator (`secretariado demo generate`): its data go through the
/// app's own pages, exports, archive check and decision rules like any recorded session.
final class NationalDatasetTests: AppTestCase {
    static let today = CalendarDate.parse("2026-11-25")!

    func generate(_ count: Int, years: Int = 1, seed: UInt64 = 7) async throws -> NationalDatasetGenerator.Report {
        try await NationalDatasetGenerator(db: db).run(
            .init(secretariats: count, years: years, seed: seed, today: Self.today, perTransaction: 25)
        ) { _ in }
    }

    func testGeneratesStatesThenMunicipalitiesWithMonthlySessions() async throws {
        let report = try await generate(40)

        XCTAssertEqual(report.created, 40)
        XCTAssertEqual(report.sessions, 40 * 13, "twelve concluded months and next month's convened session each")
        let states = try await Secretariat.query(on: db).filter(\.$level == .estatal).count()
        XCTAssertEqual(states, 32)
        let municipality = try await Secretariat.find(slug: "municipio-0001-aguascalientes", on: db)
        XCTAssertEqual(municipality.state, "Aguascalientes")
        XCTAssertEqual(municipality.level, .municipal)
        let concluded = try await StlSession.query(on: db).filter(\.$status == .concluida).count()
        let finalised = try await Minutes.query(on: db).filter(\.$status == .finalizada).count()
        let archived = try await ArchiveEntry.query(on: db).count()
        let signatures = try await MinutesSignature.query(on: db).count()
        let audited = try await AuditEntry.query(on: db).filter(\.$entity == "secretariat").count()
        XCTAssertEqual(concluded, 40 * 12)
        XCTAssertEqual(finalised, 40 * 12)
        XCTAssertEqual(archived, 40 * 12)
        XCTAssertEqual(signatures, 0, "signatures are not generated")
        XCTAssertEqual(audited, 40, "one audit entry per STL")
    }

    func testRerunSkipsExistingSlugsAndIsDeterministic() async throws {
        _ = try await generate(34)
        let digests = try await Minutes.query(on: db).sort(\.$digest).all().compactMap(\.digest)

        let again = try await generate(36)

        XCTAssertEqual(again.created, 2)
        XCTAssertEqual(again.skipped, 34)
        let total = try await Secretariat.query(on: db).count()
        XCTAssertEqual(total, 36)
        let firstDigests = try await Minutes.query(on: db)
            .join(StlSession.self, on: \Minutes.$session.$id == \StlSession.$id)
            .join(Secretariat.self, on: \StlSession.$secretariat.$id == \Secretariat.$id)
            .filter(Secretariat.self, \.$slug !~ [34, 35].map { slugify(NationalNames.place($0).name) })
            .sort(\.$digest).all().compactMap(\.digest)
        XCTAssertEqual(firstDigests.count, digests.count)
        XCTAssertTrue(firstDigests == digests, "the same seed gives the same minutes, byte for byte")
    }

    func testEveryStoredOutcomeIsWhatTheSTLsRuleDecides() async throws {
        _ = try await generate(33)
        let stl = try await Secretariat.find(slug: "municipio-0001-aguascalientes", on: db)
        let forum = try await ForumSeats.load(stl, on: db)
        let sessions = try await StlSession.query(on: db).filter(\.$secretariat.$id == stl.requireID()).filter(\.$status == .concluida).all()
        var results: Set<String> = []
        for session in sessions {
            let attendance = try await SeatAttendance.query(on: db).filter(\.$session.$id == session.requireID()).all()
            for motion in try await Motion.query(on: db).filter(\.$session.$id == session.requireID()).all() {
                let votes = try await Vote.query(on: db).filter(\.$motion.$id == motion.requireID()).all()
                let outcome = MotionWrites.decide(forum: forum, attendance: attendance, votes: votes, rule: stl.rule)
                XCTAssertEqual(motion.result, outcome.result.rawValue)
                XCTAssertEqual(motion.explanation, outcome.explanation.es)
                let agreements = try await Agreement.query(on: db).filter(\.$motion.$id == motion.requireID()).count()
                XCTAssertEqual(agreements, outcome.isAdopted ? 1 : 0, "an acuerdo exactly when adopted")
                results.insert(outcome.result.rawValue)
            }
        }
        XCTAssertTrue(results.contains("adopted"))
        let all = try await Motion.query(on: db).all().compactMap(\.result)
        XCTAssertTrue(Set(all).isSuperset(of: ["adopted", "not_adopted", "no_quorum"]), "the dataset has every kind of outcome: \(Set(all))")
    }

    func testGeneratedSTLsRenderExportAndVerify() async throws {
        _ = try await generate(34, years: 2)
        let slug = "municipio-0001-baja-california"

        for path in [
            SiteURL.home.path, SiteURL.comparison.path, SiteURL.secretariat(.value(slug)).path,
            SiteURL.sessions(.value(slug)).path, APIURL.secretariats.path,
        ] {
            let response = try await app.sendRequest(.GET, path)
            XCTAssertEqual(response.status, .ok, path)
        }
        let popolo = try await app.sendRequest(.GET, OpenDataURL.popolo(.value(slug)).path)
        XCTAssertEqual(popolo.status, .ok)
        let export = try JSONDecoder().decode(PopoloExport.self, from: Data(popolo.body.readableBytesView))
        XCTAssertFalse(export.memberships.isEmpty)
        let ics = try await app.sendRequest(.GET, APIURL.sessionsCalendar(.value(slug)).path)
        XCTAssertEqual(ics.body.string.components(separatedBy: "BEGIN:VEVENT").count - 1, 25)
        let archive = try await app.sendRequest(.GET, APIURL.archive(.value(slug)).path)
        let report = try ArchiveVerifier.verify(Data(archive.body.readableBytesView))
        XCTAssertNil(report.failure)
        XCTAssertEqual(report.minutes, 24)

        let stl = try await Secretariat.find(slug: slug, on: db)
        let third = try await StlSession.query(on: db).filter(\.$secretariat.$id == stl.requireID()).filter(\.$number == 3).first()
        let session = try XCTUnwrap(third)
        let minutes = try await app.sendRequest(.GET, SiteURL.sessionMinutes(.value(slug), .value(session.requireID())).path)
        XCTAssertEqual(minutes.status, .ok)
        XCTAssertTrue(minutes.body.string.contains("Seguimiento de acuerdos de la sesión anterior"))
    }

    func testGeneratedFollowUpRendersThroughTheFollowUpPages() async throws {
        _ = try await generate(34, years: 4)
        let slug = "municipio-0001-aguascalientes"
        let stl = try await Secretariat.find(slug: slug, on: db)
        let plans = try await ActionPlan.query(on: db).filter(\.$secretariat.$id == stl.requireID()).count()
        XCTAssertEqual(plans, 2, "one Plan de Acción Local every two years")
        let done = try await Milestone.query(on: db).filter(\.$done == true).count()
        let pending = try await Milestone.query(on: db).filter(\.$done == false).count()
        XCTAssertGreaterThan(done, 0)
        XCTAssertGreaterThan(pending, 0)
        let notes = try await AgreementNote.query(on: db).count()
        XCTAssertGreaterThan(notes, 0)
        let spending = try await ExpenseRecord.query(on: db).filter(\.$secretariat.$id == stl.requireID()).count()
        XCTAssertEqual(spending, 4 * 4, "quarterly spending")

        for path in [
            "/stl/\(slug)/plan-de-accion", "/stl/\(slug)/acuerdos", "/stl/\(slug)/finanzas", "/stl/\(slug)/difusion",
            "/stl/\(slug)/seguimiento", "/seguimiento", "/api/v1/secretariats/\(slug)/expenses",
            "/api/v1/secretariats/\(slug)/commitments.csv",
        ] {
            let response = try await app.sendRequest(.GET, path)
            XCTAssertEqual(response.status, .ok, path)
        }
        let commitment = try await Commitment.query(on: db).filter(\.$secretariat.$id == stl.requireID()).first()
        let page = try await app.sendRequest(.GET, "/stl/\(slug)/compromisos/\(try XCTUnwrap(commitment).requireID())")
        XCTAssertEqual(page.status, .ok)
    }

    func testMunicipalityNamesFollowTheCountryAndStayUnique() {
        let names = (0..<2_600).map { NationalNames.place($0).name }
        XCTAssertEqual(Set(names.map(slugify)).count, names.count)
        XCTAssertEqual(NationalNames.place(0).name, "Aguascalientes")
        XCTAssertEqual(NationalNames.place(32).name, "Municipio 0001, Aguascalientes")
        let oaxaca = (32..<(32 + 2_477)).filter { NationalNames.place($0).state == "Oaxaca" }.count
        XCTAssertEqual(oaxaca, 570)
    }
}

import Fluent
import Foundation
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Milestones, expenses, outreach activities, registrations and the election take
/// documents on their pages: the form is there for who may write and absent for who may
/// not, an upload is listed, and a private one is refused to anonymous.
final class RecordDocumentsTests: AppTestCase {
    private func upload(_ name: String, to kind: DocumentTargetKind, _ id: UUID, slug: String, private wantsPrivate: Bool = false) async throws
        -> StoredDocument
    {
        let stl = try await Secretariat.find(slug: slug, on: db)
        return try await DocumentWrites.upload(
            DocumentUpload(bytes: TestFiles.pdf(size: 6000), clientName: name, wantsPrivate: wantsPrivate, supersedes: nil),
            to: kind, id: id, in: stl, by: facilitation, store: app.documentStore, limits: app.documentLimits, now: now, on: db)
    }

    private func body(_ browser: Browser, _ path: String) async throws -> String {
        let response = try await browser.get(path)
        XCTAssertEqual(response.status, .ok, path)
        return response.body.string
    }

    /// The public page `page` of `slug`: the form for `editor` only, a public upload listed
    /// to everyone, a private one neither listed nor served to anonymous.
    private func checkPublicPage(_ page: String, kind: DocumentTargetKind, id: UUID, slug: String, editor: String) async throws {
        let action = SiteURL.documentUpload(.value(slug), .value(kind.rawValue), .value(id)).path
        let anonymous = Browser(app)
        let before = try await body(anonymous, page)
        XCTAssertFalse(before.contains(action), "no form for the public on \(page)")
        let writer = Browser(app)
        try await writer.login(editor)
        let own = try await body(writer, page)
        XCTAssertTrue(own.contains(action), "the form for who may write on \(page)")

        _ = try await upload("Evidencia \(kind.rawValue).pdf", to: kind, id, slug: slug)
        let after = try await body(anonymous, page)
        XCTAssertTrue(after.contains("Evidencia \(kind.rawValue).pdf"), "listed on \(page)")
        let hidden = try await upload("Interno \(kind.rawValue).pdf", to: kind, id, slug: slug, private: true)
        let hiddenPath = SiteURL.document(.value(slug), .value(try hidden.requireID())).path
        let refused = try await anonymous.get(hiddenPath).status
        XCTAssertEqual(refused, .notFound)
        let stillHidden = try await body(anonymous, page)
        XCTAssertFalse(stillHidden.contains(hiddenPath))
        let listedToWriter = try await body(writer, page)
        XCTAssertTrue(listedToWriter.contains(hiddenPath), "who may write sees the private one")
    }

    func testMilestonesExpensesAndOutreachTakeDocumentsOnTheirPages() async throws {
        try await loadDemo()
        try await makeUser("fac@jal.mx", grants: [("jalisco", .facilitador, nil, nil)])
        let stl = try await Secretariat.find(slug: "jalisco", on: db)
        let (_, commitment, milestones) = try await planWithCommitment("jalisco", milestones: 2)
        try await checkPublicPage(
            SiteURL.commitment(.value("jalisco"), .value(try commitment.requireID())).path,
            kind: .milestone, id: try milestones[1].requireID(), slug: "jalisco", editor: "fac@jal.mx")
        let expense = try await ExpenseWrites.record(
            ExpenseInput(spentOn: "2026-03-31", concept: "Renta de sala", amount: "1500.00", source: "Garante"), in: stl, by: facilitation, on: db)
        try await checkPublicPage(
            SiteURL.finances(.value("jalisco")).path, kind: .expense, id: try expense.requireID(), slug: "jalisco", editor: "fac@jal.mx")
        let activity = try await OutreachWrites.record(
            OutreachInput(heldOn: "2026-04-02", kind: "foro", title: "Foro de datos abiertos", audience: "Público", attendees: "40"),
            in: stl, by: facilitation, on: db)
        try await checkPublicPage(
            SiteURL.outreach(.value("jalisco")).path, kind: .outreachActivity, id: try activity.requireID(), slug: "jalisco", editor: "fac@jal.mx")
    }

    func testTheElectionTakesItsResultsActa() async throws {
        try await loadDemo()
        let fixture = try await InstallationFixture.make(on: db, slug: "yucatan-prueba")
        try await makeUser("garante@yuc.mx", grants: [("yucatan-prueba", .garante, nil, nil)])
        _ = try await fixture.election(organisations: ["Colectivo Uno", "Colectivo Dos"])
        let election = try await Election.query(on: db).filter(\.$secretariat.$id == fixture.stl.requireID()).first()
        try await checkPublicPage(
            SiteURL.installationElection(.value("yucatan-prueba")).path, kind: .election, id: try XCTUnwrap(election?.id),
            slug: "yucatan-prueba", editor: "garante@yuc.mx")
    }

    func testARegistrationsDocumentsAreOnlyOnTheValidatorsPage() async throws {
        try await loadDemo()
        let fixture = try await InstallationFixture.make(on: db, slug: "yucatan-prueba")
        try await makeUser("garante@yuc.mx", grants: [("yucatan-prueba", .garante, nil, nil)])
        try await makeUser("gob@yuc.mx", grants: [("yucatan-prueba", .representante, "gobierno", 1)])
        try await fixture.publishCall()
        let registration = try await fixture.register("Colectivo Tres")
        let id = try registration.requireID()
        let page = SiteURL.installationRegistrations(.value("yucatan-prueba")).path
        let action = SiteURL.documentUpload(.value("yucatan-prueba"), .value(DocumentTargetKind.registration.rawValue), .value(id)).path

        let validator = Browser(app)
        try await validator.login("garante@yuc.mx")
        let validatorPage = try await body(validator, page)
        XCTAssertTrue(validatorPage.contains(action), "the validator can attach the organisation's papers")
        let anonymousPage = try await Browser(app).get(page).status
        XCTAssertNotEqual(anonymousPage, .ok)
        let representative = Browser(app)
        try await representative.login("gob@yuc.mx")
        let representativePage = try await representative.get(page).status
        XCTAssertNotEqual(representativePage, .ok)

        let document = try await upload("Acta constitutiva.pdf", to: .registration, id, slug: "yucatan-prueba")
        let path = SiteURL.document(.value("yucatan-prueba"), .value(try document.requireID())).path
        let listed = try await body(validator, page)
        XCTAssertTrue(listed.contains(path), "listed to the validator")
        let anonymous = try await Browser(app).get(path).status
        XCTAssertEqual(anonymous, .notFound)
        let byRepresentative = try await representative.get(path).status
        XCTAssertEqual(byRepresentative, .notFound)
    }

    func testARefusedReceiptComesBackToTheFinancesPageWithTheMessage() async throws {
        try await loadDemo()
        try await makeUser("fac@jal.mx", grants: [("jalisco", .facilitador, nil, nil)])
        let stl = try await Secretariat.find(slug: "jalisco", on: db)
        let expense = try await ExpenseWrites.record(
            ExpenseInput(spentOn: "2026-03-31", concept: "Renta de sala", amount: "1500.00", source: "Garante"), in: stl, by: facilitation, on: db)
        let browser = Browser(app)
        try await browser.login("fac@jal.mx")
        _ = try await browser.get(SiteURL.finances(.value("jalisco")).path)
        let action = SiteURL.documentUpload(.value("jalisco"), .value(DocumentTargetKind.expense.rawValue), .value(try expense.requireID())).path
        let (type, body) = TestFiles.multipart([(CSRF.fieldName, browser.csrf ?? "")], file: TestFiles.html, filename: "recibo.pdf")
        var headers = HTTPHeaders()
        headers.add(name: .cookie, value: browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        headers.add(name: .contentType, value: type)
        try await app.test(.POST, action, headers: headers, body: ByteBuffer(bytes: body)) { res async in
            XCTAssertEqual(res.status, .unsupportedMediaType)
            let page = res.body.string
            XCTAssertTrue(page.contains("Recursos ejercidos"), "the finances page again")
            XCTAssertTrue(page.contains("role=\"alert\""), "with the message by the form")
            XCTAssertTrue(page.contains("open=\"open\""), "the expense's entry open")
        }
        let stored = try await StoredDocument.query(on: db).filter(\.$targetID == expense.requireID()).count()
        XCTAssertEqual(stored, 0)
    }
}

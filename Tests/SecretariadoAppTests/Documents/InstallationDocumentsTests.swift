import Fluent
import Foundation
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Installation steps take documents: the upload form is on the step page for who manages
/// the installation and absent for the public; an upload is listed; the historical acta of
/// an STL installed before the platform is found as plain values; a private one is refused
/// to anonymous.
final class InstallationDocumentsTests: AppTestCase {
    private func upload(_ name: String, to kind: DocumentTargetKind, _ id: UUID, slug: String, private wantsPrivate: Bool = false) async throws
        -> StoredDocument
    {
        let stl = try await Secretariat.find(slug: slug, on: db)
        return try await DocumentWrites.upload(
            DocumentUpload(bytes: TestFiles.pdf(size: 8000), clientName: name, wantsPrivate: wantsPrivate, supersedes: nil),
            to: kind, id: id, in: stl, by: facilitation, store: app.documentStore, limits: app.documentLimits, now: now, on: db)
    }

    func testTheHistoricalActaIsUploadedOnStepTenListedAndFoundAsPlainValues() async throws {
        try await loadDemo()
        try await makeUser("garante@jal.mx", grants: [("jalisco", .garante, nil, nil)])
        try await makeUser("gob@jal.mx", grants: [("jalisco", .representante, "gobierno", 1)])
        let stl = try await Secretariat.find(slug: "jalisco", on: db)
        let stlID = try stl.requireID()
        let page = SiteURL.installationStep(.value("jalisco"), .value(10)).path
        let action = SiteURL.documentUpload(.value("jalisco"), .value(DocumentTargetKind.historicalActa.rawValue), .value(stlID)).path

        let anonymous = Browser(app)
        let before = try await anonymous.get(page)
        XCTAssertEqual(before.status, .ok)
        XCTAssertTrue(before.body.string.contains("Acta de instalación histórica"), "the section is shown to everyone")
        XCTAssertFalse(before.body.string.contains(action), "no upload form for the public")
        let representative = Browser(app)
        try await representative.login("gob@jal.mx")
        let v1 = try await representative.get(page).body.string.contains(action)
        XCTAssertFalse(v1, "no upload form for a representative")
        let guarantor = Browser(app)
        try await guarantor.login("garante@jal.mx")
        let managed = try await guarantor.get(page).body.string
        XCTAssertTrue(managed.contains(action), "the upload form for who manages the installation")
        XCTAssertTrue(managed.contains("enctype=\"multipart/form-data\""))
        let none = try await HistoricalActa.latest(of: stl, on: db)
        XCTAssertNil(none)

        let document = try await upload("Acta de instalación 2017.pdf", to: .historicalActa, stlID, slug: "jalisco")
        let found = try await HistoricalActa.latest(of: stl, on: db)
        let acta = try XCTUnwrap(found)
        let download = SiteURL.document(.value("jalisco"), .value(try document.requireID())).path
        XCTAssertEqual(acta.fileName, "Acta de instalación 2017.pdf")
        XCTAssertEqual(acta.sha256, document.sha256)
        XCTAssertEqual(acta.size, 8000)
        XCTAssertEqual(acta.mediaType, "application/pdf")
        XCTAssertEqual(acta.downloadPath, download)
        XCTAssertEqual(acta.uploadedAt.timeIntervalSince1970, document.createdAt.timeIntervalSince1970, accuracy: 1)
        let v2 = try await anonymous.get(page).body.string.contains(download)
        XCTAssertTrue(v2, "the step page lists it")
        let actaPage = try await anonymous.get(SiteURL.installationActa(.value("jalisco")).path).body.string
        XCTAssertTrue(actaPage.contains(download), "«Acta de instalación» offers the uploaded file")
        XCTAssertTrue(actaPage.contains(document.sha256), "with its digest")

        let hidden = try await upload("Borrador.pdf", to: .historicalActa, stlID, slug: "jalisco", private: true)
        let stillFound = try await HistoricalActa.latest(of: stl, on: db)
        XCTAssertEqual(stillFound?.downloadPath, download, "a private upload is not the public acta")
        let hiddenPath = SiteURL.document(.value("jalisco"), .value(try hidden.requireID())).path
        let v3 = try await anonymous.get(hiddenPath).status
        XCTAssertEqual(v3, .notFound)
        let v4 = try await anonymous.get(page).body.string.contains(hiddenPath)
        XCTAssertFalse(v4)
        let v5 = try await guarantor.get(hiddenPath).status
        XCTAssertEqual(v5, .ok)
    }

    func testAStepWithARecordTakesDocumentsFromWhoManagesTheInstallation() async throws {
        try await loadDemo()
        let fixture = try await InstallationFixture.make(on: db, slug: "yucatan-prueba")
        try await makeUser("garante@yuc.mx", grants: [("yucatan-prueba", .garante, nil, nil)])
        let page = SiteURL.installationStep(.value("yucatan-prueba"), .value(1)).path
        let guarantor = Browser(app)
        try await guarantor.login("garante@yuc.mx")
        let saved = try await guarantor.post(page, form: ["status": "en_curso"])
        XCTAssertEqual(saved.status, .seeOther)
        let record = try await InstallationStepRecord.query(on: db)
            .filter(\.$secretariat.$id == fixture.stl.requireID()).filter(\.$number == 1).first()
        let recordID = try XCTUnwrap(record?.id)
        let action = SiteURL.documentUpload(.value("yucatan-prueba"), .value(DocumentTargetKind.installationStep.rawValue), .value(recordID)).path
        let v7 = try await guarantor.get(page).body.string.contains(action)
        XCTAssertTrue(v7)
        let anonymous = Browser(app)
        let v8 = try await anonymous.get(page).body.string.contains(action)
        XCTAssertFalse(v8)

        let document = try await upload("Declaración Conjunta.pdf", to: .installationStep, recordID, slug: "yucatan-prueba")
        let v9 = try await anonymous.get(page).body.string.contains("Declaración Conjunta.pdf")
        XCTAssertTrue(v9)
        let hidden = try await upload("Contactos.pdf", to: .installationStep, recordID, slug: "yucatan-prueba", private: true)
        let v10 = try await anonymous.get(SiteURL.document(.value("yucatan-prueba"), .value(try hidden.requireID())).path).status
        XCTAssertEqual(v10, .notFound)
        let v11 = try await anonymous.get(SiteURL.document(.value("yucatan-prueba"), .value(try document.requireID())).path).status
        XCTAssertEqual(v11, .ok)
    }
}

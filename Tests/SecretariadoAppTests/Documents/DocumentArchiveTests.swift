import Fluent
import Foundation
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Documents of final minutes are in the archive: `verify --documents` passes with the
/// files, and names the file when one byte changes or a file is missing. Private
/// documents stay private; backups carry the files.
final class DocumentArchiveTests: AppTestCase {
    private func upload(_ bytes: [UInt8], _ name: String, to kind: DocumentTargetKind, _ id: UUID, _ slug: String = "morelos") async throws
        -> StoredDocument
    {
        let stl = try await Secretariat.find(slug: slug, on: db)
        return try await DocumentWrites.upload(
            DocumentUpload(bytes: bytes, clientName: name, wantsPrivate: false, supersedes: nil), to: kind, id: id, in: stl,
            by: facilitation, store: app.documentStore, limits: app.documentLimits, now: now, on: db)
    }

    /// Morelos: a session with an annex, finalised; returns the session.
    private func finalisedWithAnnex() async throws -> StlSession {
        try await loadDemo()
        let session = try await convene("morelos")
        try await begin(session)
        try await attend(session, "morelos", ["gobierno-1": .titular, "sociedad_civil-1": .titular, "organismo_garante-1": .titular])
        _ = try await upload(TestFiles.pdf(size: 40_000), "Lista de asistencia.pdf", to: .minutesAnnex, session.requireID())
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        _ = try await MinutesWrites.finalise(session: session.requireID(), in: stl, by: facilitation, now: now, on: db)
        return session
    }

    private func archive() async throws -> Data {
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        return try CanonicalJSON.data(try await ArchiveExport.build(for: stl, on: db))
    }

    /// A copy of every stored file, flat under its digest, as someone would download them.
    private func filesFolder() async throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verificar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for document in try await StoredDocument.query(on: db).all() {
            let stored = try await app.documentStore.get(sha256: document.sha256, on: db)
            let bytes = try XCTUnwrap(stored)
            try Data(bytes).write(to: folder.appendingPathComponent(document.sha256))
        }
        return folder
    }

    private func verifyDocuments(_ archive: Data, _ folder: URL) async throws -> ArchiveVerification.Outcome {
        let outcome = ArchiveVerification.run(archive: archive)
        guard outcome.exitCode == 0 else { return outcome }
        let files = try ArchiveVerifier.verify(archive).files
        return await ArchiveDocumentCheck.run(files, source: .folder(folder)) { FileManager.default.contents(atPath: $0) }
    }

    func testFinalMinutesWithAnAnnexVerifyWithTheirFilesAndNameTheFileThatChangedOrIsMissing() async throws {
        _ = try await finalisedWithAnnex()
        let data = try await archive()
        let report = try ArchiveVerifier.verify(data)
        XCTAssertNil(report.failure)
        XCTAssertEqual(report.files.count, 1, "the annex is in the archive")
        XCTAssertEqual(report.files.first?.name, "Lista de asistencia.pdf")
        XCTAssertTrue(report.files.first?.path.hasPrefix("/stl/morelos/documentos/") ?? false, "the archive gives the file's URL")
        let folder = try await filesFolder()

        let valid = try await verifyDocuments(data, folder)
        XCTAssertEqual(valid.exitCode, 0, valid.text)

        let file = folder.appendingPathComponent(report.files[0].sha256)
        var bytes = try Data(contentsOf: file)
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: file)
        let altered = try await verifyDocuments(data, folder)
        XCTAssertEqual(altered.exitCode, 1)
        XCTAssertTrue(altered.text.contains("DOCUMENTO ALTERADO") && altered.text.contains("Lista de asistencia.pdf"), altered.text)

        try FileManager.default.removeItem(at: file)
        let missing = try await verifyDocuments(data, folder)
        XCTAssertEqual(missing.exitCode, 1)
        XCTAssertTrue(missing.text.contains("DOCUMENTO FALTANTE") && missing.text.contains("Lista de asistencia.pdf"), missing.text)
    }

    func testTheSignedScanAddedAfterFinalisationEntersTheArchiveAndARowChangedShows() async throws {
        let session = try await finalisedWithAnnex()
        let scan = try await upload(TestFiles.pdf(size: 90_000), "Minuta firmada.pdf", to: .minutesSignedScan, session.requireID())
        let second = try await upload(TestFiles.pdf(size: 91_000), "Minuta firmada (legible).pdf", to: .minutesSignedScan, session.requireID())
        let report = try ArchiveVerifier.verify(try await archive())
        XCTAssertNil(report.failure)
        XCTAssertEqual(report.files.map(\.name), ["Lista de asistencia.pdf", "Minuta firmada.pdf", "Minuta firmada (legible).pdf"])
        XCTAssertNotEqual(scan.sha256, second.sha256)

        // The session's own documents close with the session: only minutes take more.
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        do {
            _ = try await upload(TestFiles.pdf(size: 1000), "tarde.pdf", to: .session, session.requireID())
            XCTFail("a concluded session took a new document")
        } catch let error as AppError { XCTAssertEqual(error.status, .conflict) }
        _ = stl

        scan.name = "Otra cosa.pdf"
        try await scan.update(on: db)
        let tampered = try ArchiveVerifier.verify(try await archive())
        XCTAssertNotNil(tampered.failure, "a changed document row breaks its entry")
        XCTAssertTrue(tampered.failure?.description.contains("no coincide") ?? false, tampered.failure?.description ?? "")
    }

    func testARegistrationsDocumentIsRefusedToAnonymousAndToOtherSTLsUsers() async throws {
        try await loadDemo()
        let stl = try await Secretariat.find(slug: "jalisco", on: db)
        let bytes = TestFiles.pdf(size: 5000)
        let sha = ArchiveChain.sha256Hex(Data(bytes))
        try await app.documentStore.put(bytes, sha256: sha, on: db)
        let document = StoredDocument()
        document.$secretariat.id = try stl.requireID()
        document.targetKindRaw = DocumentTargetKind.registration.rawValue
        document.targetID = UUID()
        document.sha256 = sha
        document.size = Int64(bytes.count)
        document.typeRaw = DocumentType.pdf.rawValue
        document.name = "Acta constitutiva.pdf"
        // Even a row that says public: a registration's papers are private by rule.
        document.isPublic = true
        document.uploadedBy = "Organización"
        document.createdAt = now
        try await document.create(on: db)
        let web = SiteURL.document(.value("jalisco"), .value(try document.requireID())).path
        let api = APIURL.document(.value("jalisco"), .value(try document.requireID())).path

        let other = try await makeUser("fac@cam.mx", grants: [("campeche", .facilitador, nil, nil)])
        let guarantor = try await makeUser("og@jal.mx", grants: [("jalisco", .garante, nil, nil)])
        let otherHeaders = try await bearer(for: other)
        let guarantorHeaders = try await bearer(for: guarantor)
        try await app.test(.GET, api) { res async in XCTAssertEqual(res.status, .notFound) }
        try await app.test(.GET, web) { res async in XCTAssertNotEqual(res.status, .ok) }
        try await app.test(.GET, api, headers: otherHeaders) { res async in XCTAssertEqual(res.status, .notFound) }
        try await app.test(.GET, api, headers: guarantorHeaders) { res async in
            XCTAssertEqual(res.status, .ok)
            XCTAssertEqual(res.headers.first(name: .contentDisposition)?.hasPrefix("inline"), true)
            XCTAssertEqual(res.headers.first(name: .cacheControl), "private, no-store")
            XCTAssertEqual(Array(res.body.readableBytesView), bytes)
        }
        let browser = Browser(app)
        try await browser.login("fac@cam.mx")
        let res = try await browser.get(web)
        XCTAssertEqual(res.status, .notFound)
    }

    func testBackupAndRestoreCarryTheFiles() async throws {
        _ = try await finalisedWithAnnex()
        try XCTSkipIf(DatabaseSetup.usesPostgres, "SQLite backups only; PostgreSQL keeps the files in the database")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("respaldo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let backup = folder.appendingPathComponent("respaldo.sqlite").path
        try await Backup.backup(db, to: backup)
        let copied = try await DocumentBackup.copyFiles(named: backup, from: app.documentStore, on: db)
        XCTAssertEqual(copied, 1)

        let fresh = DirectoryDocumentStore(root: folder.appendingPathComponent("restaurados"))
        let restored = try await DocumentBackup.restoreFiles(from: backup, into: fresh, on: db)
        XCTAssertEqual(restored, 1)
        let first = try await StoredDocument.query(on: db).first()
        let document = try XCTUnwrap(first)
        let original = try await app.documentStore.get(sha256: document.sha256, on: db)
        let back = try await fresh.get(sha256: document.sha256, on: db)
        XCTAssertNotNil(back)
        XCTAssertEqual(back, original)

        // A bundle missing a file restores nothing.
        let copy = DocumentBackup.folder(for: backup).appendingPathComponent(
            DirectoryDocumentStore.relativePath(document.sha256).joined(separator: "/"))
        try FileManager.default.removeItem(at: copy)
        do {
            _ = try await DocumentBackup.restoreFiles(from: backup, into: DirectoryDocumentStore(root: folder.appendingPathComponent("otra")), on: db)
            XCTFail("restored an incomplete bundle")
        } catch let failure as CommandFailure {
            XCTAssertTrue("\(failure)".contains(document.sha256))
        }
    }
}

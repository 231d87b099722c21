import Fluent
@testable import SecretariadoApp
import SecretariadoCore
import XCTVapor
import XCTest

/// The archive verifies offline, and any change to a stored record names the first entry
/// that no longer checks out.
final class ArchiveTests: AppTestCase {
    private var sessionDate = ""

    /// Morelos with one finalised minute signed by two members: entries 1 (minuta), 2, 3 (firmas).
    private func signedArchive() async throws {
        try await loadDemo()
        let gobierno = try await representative("gob1@mor.mx", "morelos", "gobierno", 1)
        let garante = try await representative("og@mor.mx", "morelos", "organismo_garante", 1)
        let session = try await convene("morelos")
        sessionDate = RecordTime.localDate(session.startsAt!)
        try await attend(session, "morelos", ["gobierno-1": .titular, "sociedad_civil-1": .titular, "organismo_garante-1": .titular])
        let motion = try await openMotion(session, "morelos")
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        _ = try await VoteWrites.cast(VoteInput(option: "a_favor"), on: motion.requireID(), in: stl, by: actor(gobierno), on: db)
        _ = try await MotionWrites.close(motion.requireID(), in: stl, by: facilitation, on: db)
        _ = try await MinutesWrites.finalise(session: session.requireID(), in: stl, by: facilitation, on: db)
        for user in [gobierno, garante] {
            _ = try await SignatureWrites.sign(SignInput(password: "contraseña-segura"), session: session.requireID(), in: stl, by: actor(user), on: db)
        }
    }

    private func verifyPublished() async throws -> ArchiveVerifier.Report {
        let res = try await app.sendRequest(.GET, APIURL.archive(.value("morelos")).path)
        XCTAssertEqual(res.status, .ok)
        return try ArchiveVerifier.verify(Data(res.body.readableBytesView))
    }

    func testAnUntouchedArchiveVerifies() async throws {
        try await signedArchive()
        let report = try await verifyPublished()
        XCTAssertNil(report.failure)
        XCTAssertEqual(report.entries, 3)
        let last = try await ArchiveEntry.query(on: db).sort(\.$index, .descending).first()
        XCTAssertEqual(report.head, last?.entryHash)
    }

    func testAnEmptyArchiveVerifies() async throws {
        try await loadDemo()
        let report = try await verifyPublished()
        XCTAssertNil(report.failure)
        XCTAssertEqual(report.entries, 0)
    }

    func testChangedMinutesTextFailsAtItsEntry() async throws {
        try await signedArchive()
        let minutes = try unwrapped(try await Minutes.query(on: db).first())
        minutes.document = minutes.document!.replacingOccurrences(of: "Aprobar el plan de trabajo", with: "Rechazar el plan de trabajo")
        try await minutes.update(on: db)

        let report = try await verifyPublished()
        XCTAssertEqual(report.failure?.description, "Entrada 1 (minuta de la sesión \(sessionDate)): el resumen SHA-256 no coincide con el documento")
    }

    func testAChangedDigestBreaksTheEntryHash() async throws {
        try await signedArchive()
        // Someone rewrites the document and its digest consistently…
        let minutes = try unwrapped(try await Minutes.query(on: db).first())
        let forged = minutes.document!.replacingOccurrences(of: "Aprobar", with: "Rechazar")
        minutes.document = forged
        minutes.digest = ArchiveChain.sha256Hex(Data(forged.utf8))
        try await minutes.update(on: db)
        let entry = try unwrapped(try await ArchiveEntry.query(on: db).filter(\.$index == 1).first())
        entry.minutesDigest = minutes.digest!
        try await entry.update(on: db)

        // …but the chain's hash covered the old digest.
        let report = try await verifyPublished()
        XCTAssertEqual(report.failure?.description, "Entrada 1 (minuta de la sesión \(sessionDate)): el hash de la entrada no coincide con su contenido")
    }

    func testARewrittenEntryHashBreaksTheNextLink() async throws {
        try await signedArchive()
        let entry = try unwrapped(try await ArchiveEntry.query(on: db).filter(\.$index == 2).first())
        entry.entryHash = String(repeating: "a", count: 64)
        try await entry.update(on: db)

        let report = try await verifyPublished()
        XCTAssertEqual(report.failure?.index, 2)
        XCTAssertTrue(report.failure?.description.contains("el hash de la entrada no coincide con su contenido") ?? false, "\(String(describing: report.failure))")
    }

    func testAForgedSignatureNamesTheSigner() async throws {
        try await signedArchive()
        let signature = try unwrapped(try await MinutesSignature.query(on: db).filter(\.$signer == "og@mor.mx").first())
        signature.payload = signature.payload.replacingOccurrences(of: "\"decision\":\"firma\"", with: "\"decision\":\"rechazo\"")
        try await signature.update(on: db)

        let report = try await verifyPublished()
        let failure = try unwrapped(report.failure)
        XCTAssertEqual(failure.index, 3)
        XCTAssertTrue(failure.description.hasPrefix("Entrada 3 (negativa a firmar de og@mor.mx de la minuta de la sesión \(sessionDate)): la firma Ed25519 de og@mor.mx no es válida"), failure.description)
    }

    func testARemovedEntryIsNoticed() async throws {
        try await signedArchive()
        try await ArchiveEntry.query(on: db).filter(\.$index == 2).delete()

        let report = try await verifyPublished()
        XCTAssertEqual(report.failure?.description.hasPrefix("Entrada 2"), true)
        XCTAssertTrue(report.failure?.description.contains("se esperaba 2") ?? false, "\(String(describing: report.failure))")
    }

    func testASwappedPublicKeyIsNoticed() async throws {
        try await signedArchive()
        let key = try unwrapped(try await SigningKey.query(on: db).filter(\.$owner == "gob1@mor.mx").first())
        key.publicKey = Data(repeating: 7, count: 32).base64EncodedString()
        try await key.update(on: db)

        let report = try await verifyPublished()
        XCTAssertEqual(report.failure?.index, 2)
    }

    func testUnreadableInputIsNotCalledTampered() throws {
        XCTAssertThrowsError(try ArchiveVerifier.verify(Data("no es json".utf8))) { error in
            XCTAssertTrue(error is ArchiveVerifier.Unreadable)
        }
        XCTAssertThrowsError(try ArchiveVerifier.verify(Data(#"{"format":"otro"}"#.utf8))) { error in
            XCTAssertTrue(error is ArchiveVerifier.Unreadable)
        }
    }

    func testTheArchiveIsCanonicalJSON() async throws {
        try await signedArchive()
        let res = try await app.sendRequest(.GET, APIURL.archive(.value("morelos")).path)
        let bytes = Data(res.body.readableBytesView)
        XCTAssertEqual(try CanonicalJSON.data(CanonicalJSON.value(parsing: bytes)), bytes)
        XCTAssertEqual(res.headers.contentType, .json)
        XCTAssertFalse(res.body.string.contains("@mor.mx\",\"email"), "no e-mail fields")
    }
}

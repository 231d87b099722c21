import Crypto
import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

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
        _ = try await VoteWrites.cast(VoteInput(option: "a_favor"), on: motion.requireID(), in: stl, by: actor(gobierno), now: now, on: db)
        _ = try await MotionWrites.close(motion.requireID(), in: stl, by: facilitation, now: now, on: db)
        _ = try await MinutesWrites.finalise(session: session.requireID(), in: stl, by: facilitation, now: now, on: db)
        for user in [gobierno, garante] {
            _ = try await SignatureWrites.sign(
                SignInput(password: "contraseña-segura"), session: session.requireID(), in: stl, by: actor(user), on: db)
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
        XCTAssertEqual(
            report.failure?.description, "Entrada 1 (minuta de la sesión \(sessionDate)): el hash de la entrada no coincide con su contenido")
    }

    func testARewrittenEntryHashBreaksTheNextLink() async throws {
        try await signedArchive()
        let entry = try unwrapped(try await ArchiveEntry.query(on: db).filter(\.$index == 2).first())
        entry.entryHash = String(repeating: "a", count: 64)
        try await entry.update(on: db)

        let report = try await verifyPublished()
        XCTAssertEqual(report.failure?.index, 2)
        XCTAssertTrue(
            report.failure?.description.contains("el hash de la entrada no coincide con su contenido") ?? false,
            "\(String(describing: report.failure))")
    }

    func testAForgedSignatureNamesTheSigner() async throws {
        try await signedArchive()
        let signature = try unwrapped(try await MinutesSignature.query(on: db).filter(\.$signer == "og@mor.mx").first())
        signature.payload = signature.payload.replacingOccurrences(of: "\"decision\":\"firma\"", with: "\"decision\":\"rechazo\"")
        try await signature.update(on: db)

        let report = try await verifyPublished()
        let failure = try unwrapped(report.failure)
        XCTAssertEqual(failure.index, 3)
        XCTAssertTrue(
            failure.description.hasPrefix(
                "Entrada 3 (negativa a firmar de og@mor.mx de la minuta de la sesión \(sessionDate)): la firma Ed25519 de og@mor.mx no es válida"),
            failure.description)
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

    // MARK: Trusted head, trusted keys and signed checkpoints

    private func get(_ path: String) async throws -> Data {
        let res = try await app.sendRequest(.GET, path)
        XCTAssertEqual(res.status, .ok, path)
        return Data(res.body.readableBytesView)
    }

    private func object(_ data: Data) throws -> [String: CanonicalValue] {
        guard case .object(let object) = try CanonicalJSON.value(parsing: data) else { throw Abort(.badRequest) }
        return object
    }

    /// Rebuilds the chain after `change` edits the entries: what a publisher who controls the
    /// server could do (recompute every hash and the head).
    private func rechained(_ archive: [String: CanonicalValue], change: (inout [[String: CanonicalValue]]) throws -> Void) throws -> Data {
        var root = archive
        guard case .array(let list)? = root["entries"] else { throw Abort(.badRequest) }
        var entries = list.compactMap { value -> [String: CanonicalValue]? in
            if case .object(let o) = value { return o }
            return nil
        }
        try change(&entries)
        var previous = ArchiveChain.genesisHash
        for position in entries.indices {
            var entry = entries[position]
            entry["index"] = .int(Int64(position + 1))
            entry["previousHash"] = .string(previous)
            guard case .array(let signatures)? = entry["signatures"] else { throw Abort(.badRequest) }
            let hash = try ArchiveChain.entryHash(
                ArchiveChain.entryHashInput(
                    index: position + 1, previousHash: previous, kind: entry["kind"]!.text!, sessionID: entry["sessionId"]!.text!,
                    sessionDate: entry["sessionDate"]!.text!, minutesDigest: entry["minutesDigest"]!.text!, signatures: signatures,
                    recordedAt: entry["recordedAt"]!.text!))
            entry["entryHash"] = .string(hash)
            entries[position] = entry
            previous = hash
        }
        root["entries"] = .array(entries.map(CanonicalValue.object))
        root["head"] = .string(previous)
        return try CanonicalJSON.data(.object(root))
    }

    /// Every signature replaced by one made with a key the forger created, published in the
    /// archive's own key list: the chain checks out by itself.
    private func reforgedWithOwnKeys(_ archive: [String: CanonicalValue]) throws -> Data {
        let forger = Curve25519.Signing.PrivateKey()
        let keyID = UUID().uuidString
        let publicKey = forger.publicKey.rawRepresentation.base64EncodedString()
        var root = archive
        root["keys"] = [
            [
                "id": .string(keyID), "owner": "Falsa", "algorithm": "Ed25519", "publicKey": .string(publicKey),
                "createdAt": "2000-01-01T00:00:00Z", "retiredAt": nil,
            ]
        ]
        return try rechained(root) { entries in
            for position in entries.indices where entries[position]["kind"] == "firma" {
                guard case .array(let signatures)? = entries[position]["signatures"], case .object(var signature)? = signatures.first else {
                    continue
                }
                signature["keyId"] = .string(keyID)
                signature["publicKey"] = .string(publicKey)
                let payload = ArchiveChain.payload(
                    fromSignature: signature, minutesDigest: entries[position]["minutesDigest"]!.text!,
                    sessionID: entries[position]["sessionId"]!.text!)
                signature["signature"] = .string(try forger.signature(for: CanonicalJSON.data(payload)).base64EncodedString())
                entries[position]["signatures"] = [.object(signature)]
            }
        }
    }

    func testTheHeadIsRequired() async throws {
        try await signedArchive()
        var archive = try object(try await get(APIURL.archive(.value("morelos")).path))
        archive["head"] = nil
        let outcome = ArchiveVerification.run(archive: try CanonicalJSON.data(.object(archive)))
        XCTAssertEqual(outcome.exitCode, 1)
        XCTAssertTrue(outcome.text.contains("Falta el hash final"), outcome.text)
    }

    func testATruncatedArchiveFailsAgainstTheTrustedHead() async throws {
        try await signedArchive()
        let full = try object(try await get(APIURL.archive(.value("morelos")).path))
        let trustedHead = full["head"]!.text!
        let truncated = try rechained(full) { $0.removeLast() }

        let alone = ArchiveVerification.run(archive: truncated)
        XCTAssertEqual(alone.exitCode, 0, "by itself a truncated chain is consistent")
        XCTAssertTrue(alone.text.contains("No probado:\n  - Que el archivo esté completo"), alone.text)

        let withHead = ArchiveVerification.run(archive: truncated, trustedHead: trustedHead)
        XCTAssertEqual(withHead.exitCode, 1)
        XCTAssertTrue(withHead.text.contains("truncado o rehecho"), withHead.text)

        let complete = ArchiveVerification.run(archive: try CanonicalJSON.data(.object(full)), trustedHead: trustedHead)
        XCTAssertEqual(complete.exitCode, 0, complete.text)
        XCTAssertTrue(complete.text.contains("Probado:\n  - El archivo está completo"), complete.text)
    }

    func testAChainReforgedWithSelfMadeKeysIsRefusedWithTheTrustedKeys() async throws {
        try await signedArchive()
        let archive = try object(try await get(APIURL.archive(.value("morelos")).path))
        let forged = try reforgedWithOwnKeys(archive)
        XCTAssertEqual(ArchiveVerification.run(archive: forged).exitCode, 0, "self-consistent")

        let keys = try await get(APIURL.keys(.value("morelos")).path)
        let outcome = ArchiveVerification.run(archive: forged, keys: keys)
        XCTAssertEqual(outcome.exitCode, 1)
        XCTAssertTrue(outcome.text.contains("Entrada 2: la clave"), outcome.text)
        XCTAssertTrue(outcome.text.contains("no está en el conjunto de claves de confianza"), outcome.text)

        let genuine = ArchiveVerification.run(archive: try CanonicalJSON.data(.object(archive)), keys: keys)
        XCTAssertEqual(genuine.exitCode, 0, genuine.text)
        XCTAssertTrue(genuine.text.contains("Las 2 firmas usan claves del conjunto de confianza"), genuine.text)
    }

    func testEveryAppendIsCheckpointedAndANewerArchiveProvablyExtendsAnOldOne() async throws {
        try await signedArchive()
        let list = try object(try await get(APIURL.archiveCheckpoints(.value("morelos")).path))
        guard case .array(let checkpoints)? = list["checkpoints"] else { return XCTFail("no list") }
        XCTAssertEqual(checkpoints.count, 3, "one per append")
        let old = try XCTUnwrap(
            checkpoints.first {
                if case .object(let o) = $0 { return o["entries"] == 1 }
                return false
            })

        let current = try object(try await get(APIURL.archiveCheckpoint(.value("morelos")).path))
        XCTAssertEqual(current["entries"], 3)
        let platform = try object(try await get(APIURL.platformKey.path))
        XCTAssertEqual(current["publicKey"], platform["publicKey"], "signed with the published platform key")

        let archive = try await get(APIURL.archive(.value("morelos")).path)
        let outcome = ArchiveVerification.run(archive: archive, checkpoint: try CanonicalJSON.data(old))
        XCTAssertEqual(outcome.exitCode, 0, outcome.text)
        XCTAssertTrue(outcome.text.contains("El archivo extiende el punto de control"), outcome.text)
        XCTAssertTrue(outcome.text.contains("entradas 2 a 3 se agregaron después"), outcome.text)
    }

    func testACheckpointWhoseHeadIsNotInTheChainFails() async throws {
        try await signedArchive()
        let checkpoint = try await get(APIURL.archiveCheckpoint(.value("morelos")).path)
        let archive = try object(try await get(APIURL.archive(.value("morelos")).path))
        let rewritten = try reforgedWithOwnKeys(archive)

        let outcome = ArchiveVerification.run(archive: rewritten, checkpoint: checkpoint)
        XCTAssertEqual(outcome.exitCode, 1)
        XCTAssertTrue(outcome.text.contains("no extiende ese punto de control"), outcome.text)

        let truncated = ArchiveVerification.run(archive: try rechained(archive) { $0.removeLast() }, checkpoint: checkpoint)
        XCTAssertEqual(truncated.exitCode, 1)
        XCTAssertTrue(truncated.text.contains("fue truncado"), truncated.text)

        var altered = try object(checkpoint)
        altered["entries"] = 2
        let forgedCheckpoint = ArchiveVerification.run(
            archive: try CanonicalJSON.data(.object(archive)), checkpoint: try CanonicalJSON.data(.object(altered)))
        XCTAssertEqual(forgedCheckpoint.exitCode, 1)
        XCTAssertTrue(forgedCheckpoint.text.hasPrefix("PUNTO DE CONTROL ALTERADO"), forgedCheckpoint.text)
    }
}

import Crypto
import Fluent
import Foundation
import SecretariadoCore
import Vapor

/// Signed checkpoints of an STL's archive: "on this date the archive had N entries ending in
/// this hash", signed with the platform's key. A reader who keeps one can later prove that a
/// newer archive extends it (its entry N still has that hash), so that history cannot be
/// truncated or rewritten without the old checkpoint showing it.
///
/// The signature covers the canonical JSON of
/// `{purpose, format, secretariat, entries, head, signedAt, keyId}`.
enum ArchiveCheckpoints {
    static let formatName = "secretariado-punto-de-control/1"
    static let purpose = "punto de control del archivo de minutas"

    static func payload(secretariat: String, entries: Int, head: String, signedAt: String, keyID: String) -> CanonicalValue {
        [
            "purpose": .string(purpose),
            "format": .string(formatName),
            "secretariat": .string(secretariat),
            "entries": .int(Int64(entries)),
            "head": .string(head),
            "signedAt": .string(signedAt),
            "keyId": .string(keyID),
        ]
    }

    /// Signs and stores the checkpoint of the archive as it is now, inside the caller's
    /// transaction; the one for this length is returned when it already exists.
    @discardableResult
    static func record(secretariat stl: Secretariat, entries: Int, head: String, now: Date, on db: any Database) async throws
        -> ArchiveCheckpointRecord
    {
        let stlID = try stl.requireID()
        if let existing = try await ArchiveCheckpointRecord.query(on: db)
            .filter(\.$secretariat.$id == stlID).filter(\.$entryCount == entries).first(), existing.head == head
        {
            return existing
        }
        let key = try await PlatformKeys.checkpointKey(on: db)
        let record = ArchiveCheckpointRecord()
        record.$secretariat.id = stlID
        record.entryCount = entries
        record.head = head
        record.signedAt = RecordTime.timestamp(now)
        record.keyID = try key.requireID()
        let bytes = try CanonicalJSON.data(
            payload(
                secretariat: stl.slug, entries: entries, head: head, signedAt: record.signedAt, keyID: record.keyID.uuidString))
        record.signature = try PlatformKeys.signingKey(key).signature(for: bytes).base64EncodedString()
        try await record.create(on: db)
        return record
    }

    /// The checkpoint of the archive's current head; signed now if the archive grew without
    /// one (records written before checkpoints existed).
    static func current(for stl: Secretariat, on db: any Database) async throws -> ArchiveCheckpointRecord {
        let stlID = try stl.requireID()
        let last = try await ArchiveEntry.query(on: db).filter(\.$secretariat.$id == stlID).sort(\.$index, .descending).first()
        let entries = last?.index ?? 0
        let head = last?.entryHash ?? ArchiveChain.genesisHash
        if let existing = try await ArchiveCheckpointRecord.query(on: db)
            .filter(\.$secretariat.$id == stlID).filter(\.$entryCount == entries).first()
        {
            return existing
        }
        return try await db.writeTransaction { db in
            try await record(secretariat: stl, entries: entries, head: head, now: Date(), on: db)
        }
    }

    static func published(_ record: ArchiveCheckpointRecord, secretariat: String, key: PlatformKey) -> CanonicalValue {
        guard
            case .object(var object) = payload(
                secretariat: secretariat, entries: record.entryCount, head: record.head, signedAt: record.signedAt,
                keyID: record.keyID.uuidString)
        else { return .null }
        object["publicKey"] = .string(key.publicKey)
        object["signature"] = .string(record.signature)
        return .object(object)
    }

    /// `GET …/archive/checkpoints`: every checkpoint, newest first.
    static func list(for stl: Secretariat, on db: any Database) async throws -> CanonicalValue {
        let records = try await ArchiveCheckpointRecord.query(on: db).filter(\.$secretariat.$id == stl.requireID())
            .sort(\.$entryCount, .descending).all()
        let keys = try await PlatformKey.query(on: db).all()
        let byID = Dictionary(uniqueKeysWithValues: keys.compactMap { key in key.id.map { ($0, key) } })
        return [
            "secretariat": .string(stl.slug),
            "checkpoints": .array(
                records.compactMap { record in
                    byID[record.keyID].map { published(record, secretariat: stl.slug, key: $0) }
                }),
        ]
    }

    /// A checkpoint as the verifier reads it: its signature checked against the public key
    /// it carries (or against `trustedPublicKey` when the reader pinned the platform's key).
    struct Verified: Sendable {
        let checkpoint: ArchiveTrust.Checkpoint
        let secretariat: String
        let publicKey: String
    }

    static func verify(_ data: Data, trustedPublicKey: String? = nil) throws -> Verified {
        let value = try ArchiveVerifier.parse(data)
        guard case .object(let object) = value, object["format"]?.text == formatName else {
            throw ArchiveVerifier.Unreadable(description: "No es un punto de control de Secretariado (se esperaba \"format\": \"\(formatName)\").")
        }
        guard let secretariat = object["secretariat"]?.text, case .int(let entries)? = object["entries"],
            let head = object["head"]?.text, let signedAt = object["signedAt"]?.text, let keyID = object["keyId"]?.text,
            let publicKeyText = object["publicKey"]?.text, let signatureText = object["signature"]?.text
        else {
            throw ArchiveVerifier.Unreadable(
                description: "Al punto de control le falta secretariat, entries, head, signedAt, keyId, publicKey o signature.")
        }
        if let trustedPublicKey, trustedPublicKey != publicKeyText {
            throw ArchiveVerifier.Failure(
                index: nil, label: nil, problem: "el punto de control no está firmado con la clave de la plataforma que usted indicó")
        }
        guard let raw = Data(base64Encoded: publicKeyText), let publicKey = try? Curve25519.Signing.PublicKey(rawRepresentation: raw),
            let signature = Data(base64Encoded: signatureText),
            let bytes = try? CanonicalJSON.data(
                payload(secretariat: secretariat, entries: Int(entries), head: head, signedAt: signedAt, keyID: keyID)),
            publicKey.isValidSignature(signature, for: bytes)
        else {
            throw ArchiveVerifier.Failure(index: nil, label: nil, problem: "la firma Ed25519 del punto de control no es válida: fue alterado")
        }
        return Verified(
            checkpoint: ArchiveTrust.Checkpoint(entries: Int(entries), head: head, signedAt: signedAt), secretariat: secretariat,
            publicKey: publicKeyText)
    }
}

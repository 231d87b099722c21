import Crypto
import Foundation
import SecretariadoCore

/// The formulas of the archive, shared by the writer and the offline verifier, so that
/// what is appended is exactly what is checked.
///
/// - minutes digest = SHA-256 of the canonical JSON (RFC 8785) of the minutes document;
/// - a signature signs the canonical JSON of `signaturePayload(…)`, with Ed25519;
/// - entry hash = SHA-256 of the canonical JSON of
///   `{index, previousHash, kind, sessionId, sessionDate, minutesDigest, signatures, recordedAt}`,
///   where `previousHash` is the previous entry's hash (64 zeros for the first entry).
enum ArchiveChain {
    static let genesisHash = String(repeating: "0", count: 64)
    static let formatName = "secretariado-archivo/1"

    enum Kind: String, Sendable {
        /// Finalised minutes: carries the document.
        case minuta
        /// A member's signature (or refusal) of minutes already in the archive.
        case firma
        /// A file attached to minutes already in the archive (an annex, the signed scan):
        /// carries its SHA-256, size, type, name and path.
        case documento
    }

    static func sha256Hex(_ data: Data) -> String {
        SHA256.hash(data: data).hexEncoded
    }

    /// What a member signs: the minutes' digest and their statement about it.
    static func signaturePayload(
        minutesDigest: String, sessionID: String, keyID: String, signer: String, seat: String,
        holderRole: String, decision: String, reason: String?, signedAt: String
    ) -> CanonicalValue {
        [
            "purpose": "firma de minuta",
            "minutesDigest": .string(minutesDigest),
            "sessionId": .string(sessionID),
            "keyId": .string(keyID),
            "signer": .string(signer),
            "seat": .string(seat),
            "holderRole": .string(holderRole),
            "decision": .string(decision),
            "reason": reason.map(CanonicalValue.string) ?? .null,
            "signedAt": .string(signedAt),
        ]
    }

    /// The signature as published: the signed fields (except those the entry already
    /// carries), the public key and the signature.
    static func signatureObject(payload: [String: CanonicalValue], publicKey: String, signature: String) -> CanonicalValue {
        var object = payload
        object["minutesDigest"] = nil
        object["sessionId"] = nil
        object["purpose"] = nil
        object["publicKey"] = .string(publicKey)
        object["signature"] = .string(signature)
        return .object(object)
    }

    /// Rebuilds the signed payload from a published signature object and its entry.
    static func payload(fromSignature object: [String: CanonicalValue], minutesDigest: String, sessionID: String) -> CanonicalValue {
        var payload = object
        payload["publicKey"] = nil
        payload["signature"] = nil
        payload["minutesDigest"] = .string(minutesDigest)
        payload["sessionId"] = .string(sessionID)
        payload["purpose"] = "firma de minuta"
        return .object(payload)
    }

    static func entryHashInput(
        index: Int, previousHash: String, kind: String, sessionID: String, sessionDate: String,
        minutesDigest: String, signatures: [CanonicalValue], recordedAt: String, file: CanonicalValue? = nil
    ) -> CanonicalValue {
        var input: [String: CanonicalValue] = [
            "index": .int(Int64(index)),
            "previousHash": .string(previousHash),
            "kind": .string(kind),
            "sessionId": .string(sessionID),
            "sessionDate": .string(sessionDate),
            "minutesDigest": .string(minutesDigest),
            "signatures": .array(signatures),
            "recordedAt": .string(recordedAt),
        ]
        // Only `documento` entries have a file; the other kinds hash exactly as before.
        if let file { input["file"] = file }
        return .object(input)
    }

    /// What a `documento` entry says of its file. `path` is the file's address on the site
    /// that published the archive; `verify --documents` fetches it or finds it by digest.
    static func fileObject(id: String, role: String, name: String, mediaType: String, size: Int64, sha256: String, path: String) -> CanonicalValue {
        [
            "id": .string(id),
            "role": .string(role),
            "name": .string(name),
            "mediaType": .string(mediaType),
            "size": .int(size),
            "sha256": .string(sha256),
            "path": .string(path),
        ]
    }

    static func entryHash(_ input: CanonicalValue) throws -> String {
        sha256Hex(try CanonicalJSON.data(input))
    }
}

import Fluent
import SecretariadoCore
import Vapor

/// The public archive of one STL as one canonical JSON value: every entry with what it
/// needs to be verified offline (the minutes documents, digests, signatures and public keys).
///
/// Documents and signatures are read from the tables they live in, not from copies kept
/// with the chain, so that a changed row shows up as a failed check.
enum ArchiveExport {
    static func build(for stl: Secretariat, on db: any Database) async throws -> CanonicalValue {
        let stlID = try stl.requireID()
        let entries = try await ArchiveEntry.query(on: db).filter(\.$secretariat.$id == stlID).sort(\.$index).all()
        let minutesIDs = Set(entries.map(\.minutesID))
        let minutes = try await Minutes.query(on: db).filter(\.$id ~~ minutesIDs).all()
        let documents = Dictionary(uniqueKeysWithValues: minutes.compactMap { m in m.id.map { ($0, m.document) } })
        let signatureIDs = entries.compactMap(\.signatureID)
        let signatures = try await MinutesSignature.query(on: db).filter(\.$id ~~ signatureIDs).with(\.$key).all()
        let byID = Dictionary(uniqueKeysWithValues: signatures.compactMap { s in s.id.map { ($0, s) } })
        let files = try await StoredDocument.query(on: db).filter(\.$id ~~ Set(entries.compactMap(\.documentID))).all()
        let fileByID = Dictionary(uniqueKeysWithValues: files.compactMap { f in f.id.map { ($0, f) } })

        var published: [CanonicalValue] = []
        for entry in entries {
            var object: [String: CanonicalValue] = [
                "index": .int(Int64(entry.index)),
                "kind": .string(entry.kind),
                "sessionId": .string(entry.sessionID.uuidString),
                "sessionDate": .string(entry.sessionDate),
                "previousHash": .string(entry.previousHash),
                "entryHash": .string(entry.entryHash),
                "recordedAt": .string(entry.recordedAt),
                "minutesDigest": .string(entry.minutesDigest),
                "signatures": [],
            ]
            if entry.kind == ArchiveChain.Kind.minuta.rawValue {
                object["document"] = documentValue(documents[entry.minutesID] ?? nil)
            }
            if let id = entry.documentID {
                object["file"] = try fileByID[id].map { try fileObject($0, slug: stl.slug) } ?? .null
            }
            if let id = entry.signatureID {
                if let signature = byID[id] {
                    object["signatures"] = [(try? signatureObject(signature, key: signature.key)) ?? .string(signature.payload)]
                } else {
                    object["signatures"] = [.null]
                }
            }
            published.append(.object(object))
        }
        let keys = try await publishedKeys(ids: Set(signatures.map { $0.$key.id }), on: db)
        return [
            "format": .string(ArchiveChain.formatName),
            "secretariat": ["slug": .string(stl.slug), "name": .string(stl.name)],
            "algorithms": [
                "minutesDigest": "SHA-256 del JSON canónico (RFC 8785) del documento de la minuta",
                "entryHash":
                    "SHA-256 del JSON canónico de {index, previousHash, kind, sessionId, sessionDate, minutesDigest, signatures, recordedAt}",
                "file":
                    "En las entradas «documento»: SHA-256 de los bytes del archivo, que se descarga en su «path» (secretariado verify ARCHIVO --documents URL_BASE_O_CARPETA)",
                "signature":
                    "Ed25519 sobre el JSON canónico de {purpose: \"firma de minuta\", minutesDigest, sessionId, keyId, signer, seat, holderRole, decision, reason, signedAt}",
            ],
            "genesisHash": .string(ArchiveChain.genesisHash),
            "head": .string(entries.last?.entryHash ?? ArchiveChain.genesisHash),
            "keys": .array(keys),
            "entries": .array(published),
        ]
    }

    /// The stored canonical text as a JSON value; text that is not JSON any more is
    /// published as a string, so the verifier can say so.
    static func documentValue(_ text: String?) -> CanonicalValue {
        guard let text else { return .null }
        return (try? CanonicalJSON.value(parsing: Data(text.utf8))) ?? .string(text)
    }

    /// A document's published description, read from its row (a changed row fails the check).
    static func fileObject(_ document: StoredDocument, slug: String) throws -> CanonicalValue {
        let id = try document.requireID()
        return ArchiveChain.fileObject(
            id: id.uuidString, role: document.targetKindRaw, name: document.name,
            mediaType: document.type?.mediaType ?? document.typeRaw, size: document.size, sha256: document.sha256,
            path: SiteURL.document(.value(slug), .value(id)).path)
    }

    static func signatureObject(_ signature: MinutesSignature, key: SigningKey) throws -> CanonicalValue {
        guard case .object(let payload) = try CanonicalJSON.value(parsing: Data(signature.payload.utf8)) else {
            return .string(signature.payload)
        }
        return ArchiveChain.signatureObject(payload: payload, publicKey: key.publicKey, signature: signature.signature)
    }

    static func keyObject(_ key: SigningKey) -> CanonicalValue {
        [
            "id": .string(key.id?.uuidString ?? ""),
            "owner": .string(key.owner),
            "algorithm": "Ed25519",
            "publicKey": .string(key.publicKey),
            "createdAt": .string(RecordTime.timestamp(key.createdAt)),
            "retiredAt": key.retiredAt.map { .string(RecordTime.timestamp($0)) } ?? .null,
        ]
    }

    static func publishedKeys(ids: Set<UUID>, on db: any Database) async throws -> [CanonicalValue] {
        try await SigningKey.query(on: db).filter(\.$id ~~ ids).sort(\.$createdAt).all().map(keyObject)
    }

    /// Every key of the STL's members, current and retired: `GET …/keys`.
    static func memberKeys(for stl: Secretariat, on db: any Database) async throws -> CanonicalValue {
        let userIDs = try await RoleGrant.query(on: db).filter(\.$secretariat.$id == stl.requireID()).all().map { $0.$user.id }
        let keys = try await SigningKey.query(on: db).filter(\.$user.$id ~~ Set(userIDs)).sort(\.$createdAt).all()
        return ["secretariat": .string(stl.slug), "keys": .array(keys.map(keyObject))]
    }
}

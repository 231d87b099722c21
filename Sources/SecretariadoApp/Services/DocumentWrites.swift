import Crypto
import Fluent
import SecretariadoCore
import Vapor

/// A file as it arrived: bytes and the name the client gave (never trusted for the type).
struct DocumentUpload: Sendable {
    let bytes: [UInt8]
    let clientName: String?
    let wantsPrivate: Bool
    let supersedes: UUID?
}

/// Why an upload was refused, with the status it answers: 413 too large, 415 a type that
/// is not accepted, 422 otherwise.
struct DocumentProblem: Error, Sendable {
    let status: HTTPResponseStatus
    let message: Localized

    static func tooLarge(_ limits: DocumentLimits) -> DocumentProblem {
        DocumentProblem(
            status: .payloadTooLarge,
            message: Localized(
                es:
                    "El archivo supera el límite de \(limits.describe) por archivo. No se guardó nada: redúcelo (por ejemplo, escanea a menor resolución o divide el documento) y vuelve a enviarlo.",
                en:
                    "The file is over the limit of \(limits.describe) per file. Nothing was saved: make it smaller (for example, scan at a lower resolution or split the document) and send it again."
            ))
    }

    static func refused(_ refusal: DocumentRefusal) -> DocumentProblem {
        DocumentProblem(status: .unsupportedMediaType, message: Localized(es: refusal.es, en: refusal.en))
    }

    static let missing = DocumentProblem(
        status: .unprocessableEntity,
        message: Localized(
            es: "Elige un archivo para adjuntar.", en: "Choose a file to attach."))
}

/// The one path that attaches a document: checks, stores the bytes by content, writes the
/// row and its audit entry — and, for final minutes, the archive entry — in one transaction.
enum DocumentWrites {
    static func upload(
        _ upload: DocumentUpload, to kind: DocumentTargetKind, id targetID: UUID, in stl: Secretariat,
        by actor: SessionActor, store: any DocumentStore, limits: DocumentLimits, now: Date, on db: any Database
    ) async throws -> StoredDocument {
        guard !upload.bytes.isEmpty else { throw DocumentProblem.missing }
        guard upload.bytes.count <= limits.perFile else { throw DocumentProblem.tooLarge(limits) }
        let type: DocumentType
        switch DocumentSniffer.detect(upload.bytes) {
        case .success(let detected): type = detected
        case .failure(let refusal): throw DocumentProblem.refused(refusal)
        }
        let target = try await DocumentTargets.find(kind, targetID, in: stl, on: db)
        guard DocumentVersioning.mayAttach(kind: kind, recordIsFinal: target.isFinal) else {
            throw AppError.conflict(
                field: "file",
                Localized(
                    es: "Este registro ya es definitivo y no admite documentos nuevos.",
                    en: "This record is final and takes no new documents."))
        }
        let name = DocumentName.sanitize(upload.clientName, type: type)
        let bytes = upload.bytes
        let sha256 = SHA256.hash(data: bytes).hexEncoded
        let stlID = try stl.requireID()
        // A directory keeps the file even if the transaction fails: harmless, content-addressed,
        // and the next upload of the same bytes finds it there.
        if !(store is DatabaseDocumentStore) { try await store.put(bytes, sha256: sha256, on: db) }
        return try await db.writeTransaction { db in
            if store is DatabaseDocumentStore { try await store.put(bytes, sha256: sha256, on: db) }
            if let previous = upload.supersedes {
                guard let old = try await StoredDocument.find(previous, on: db), old.$secretariat.id == stlID,
                    old.targetKindRaw == kind.rawValue, old.targetID == targetID
                else {
                    throw AppError.invalid(
                        field: "supersedes",
                        Localized(
                            es: "La versión anterior indicada no es un documento de este registro.",
                            en: "The previous version given is not a document of this record."))
                }
            }
            let document = StoredDocument()
            document.$secretariat.id = stlID
            document.targetKindRaw = kind.rawValue
            document.targetID = targetID
            document.sha256 = sha256
            document.size = Int64(bytes.count)
            document.typeRaw = type.rawValue
            document.name = name
            document.isPublic = !(kind.alwaysPrivate || upload.wantsPrivate)
            document.uploadedBy = actor.name
            document.uploadedByUserID = actor.userID
            document.registrationID = kind == .registration ? targetID : nil
            document.supersedesID = upload.supersedes
            document.createdAt = now
            try await document.create(on: db)
            var archived = ""
            if let sessionID = target.finalMinutesSession,
                let minutes = try await Minutes.query(on: db).filter(\.$session.$id == sessionID).first(),
                let session = try await StlSession.find(sessionID, on: db)
            {
                let entry = try await ArchiveWrites.appendDocument(document, minutes: minutes, session: session, in: stl, now: now, on: db)
                archived = "; archivo, entrada \(entry.index)"
            }
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stlID, action: .create, entity: .document,
                entityID: document.id?.uuidString,
                summary: "\(kind.label) adjuntado: \(name) (\(type.label), \(bytes.count) bytes, SHA-256 \(sha256))\(archived)",
                change: .after(sha256))
            return document
        }
    }

    /// Documents attached to the session's minutes before they were final: finalising puts
    /// each one in the archive after the minutes' own entry.
    static func archiveMinutesDocuments(session: StlSession, minutes: Minutes, in stl: Secretariat, now: Date, on db: any Database) async throws {
        let sessionID = try session.requireID()
        let documents = try await StoredDocument.query(on: db)
            .filter(\.$targetID == sessionID)
            .filter(\.$targetKindRaw ~~ [DocumentTargetKind.minutesAnnex.rawValue, DocumentTargetKind.minutesSignedScan.rawValue])
            .sort(\.$createdAt).all()
        for document in documents {
            _ = try await ArchiveWrites.appendDocument(document, minutes: minutes, session: session, in: stl, now: now, on: db)
        }
    }
}

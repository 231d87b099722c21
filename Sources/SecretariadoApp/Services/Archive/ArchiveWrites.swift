import Fluent
import SecretariadoCore
import Vapor

/// Appends to an STL's hash-chained archive, inside the caller's transaction. The unique
/// (STL, index) constraint makes a concurrent append fail and retry (`writeTransaction`), so the
/// chain never forks.
enum ArchiveWrites {
    static func appendMinutes(_ minutes: Minutes, session: StlSession, in stl: Secretariat, now: Date, on db: any Database) async throws
        -> ArchiveEntry
    {
        try await append(kind: .minuta, minutes: minutes, session: session, signature: nil, signatures: [], in: stl, now: now, on: db)
    }

    static func appendSignature(
        _ signature: MinutesSignature, key: SigningKey, minutes: Minutes, session: StlSession, in stl: Secretariat, now: Date, on db: any Database
    ) async throws -> ArchiveEntry {
        let object = try ArchiveExport.signatureObject(signature, key: key)
        return try await append(
            kind: .firma, minutes: minutes, session: session, signature: signature, signatures: [object], in: stl, now: now, on: db)
    }

    /// A file attached to final minutes (at finalisation, or later: the signed scan).
    static func appendDocument(_ document: StoredDocument, minutes: Minutes, session: StlSession, in stl: Secretariat, now: Date, on db: any Database)
        async throws -> ArchiveEntry
    {
        try await append(
            kind: .documento, minutes: minutes, session: session, signature: nil, signatures: [],
            document: document, file: try ArchiveExport.fileObject(document, slug: stl.slug), in: stl, now: now, on: db)
    }

    private static func append(
        kind: ArchiveChain.Kind, minutes: Minutes, session: StlSession, signature: MinutesSignature?,
        signatures: [CanonicalValue], document: StoredDocument? = nil, file: CanonicalValue? = nil,
        in stl: Secretariat, now: Date, on db: any Database
    ) async throws -> ArchiveEntry {
        let stlID = try stl.requireID()
        guard let digest = minutes.digest, let startsAt = session.startsAt else {
            throw AppError.conflict(field: nil, Localized(es: "La minuta no está finalizada.", en: "The minutes are not final."))
        }
        try await RowLock.secretariat(stlID, on: db)
        let last = try await ArchiveEntry.query(on: db).filter(\.$secretariat.$id == stlID)
            .sort(\.$index, .descending).first()
        let entry = ArchiveEntry()
        entry.$secretariat.id = stlID
        entry.index = (last?.index ?? 0) + 1
        entry.kind = kind.rawValue
        entry.sessionID = try session.requireID()
        entry.sessionDate = RecordTime.localDate(startsAt)
        entry.minutesID = try minutes.requireID()
        entry.signatureID = signature?.id
        entry.documentID = document?.id
        entry.minutesDigest = digest
        entry.previousHash = last?.entryHash ?? ArchiveChain.genesisHash
        entry.recordedAt = RecordTime.timestamp(now)
        entry.entryHash = try ArchiveChain.entryHash(
            ArchiveChain.entryHashInput(
                index: entry.index, previousHash: entry.previousHash, kind: entry.kind,
                sessionID: entry.sessionID.uuidString, sessionDate: entry.sessionDate,
                minutesDigest: digest, signatures: signatures, recordedAt: entry.recordedAt, file: file))
        try await entry.create(on: db)
        // Each new head is signed at once, so a later truncation contradicts a published checkpoint.
        try await ArchiveCheckpoints.record(secretariat: stl, entries: entry.index, head: entry.entryHash, now: now, on: db)
        return entry
    }
}

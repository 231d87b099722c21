import Fluent
import Vapor

/// One link of an STL's append-only, hash-chained archive of finalised minutes and their
/// signatures. Each entry's hash covers the previous entry's hash (see `ArchiveChain`).
/// No code path updates or deletes rows.
final class ArchiveEntry: Model, @unchecked Sendable {
    static let schema = "archive_entries"

    @ID(key: .id) var id: UUID?
    @Parent(key: "secretariat_id") var secretariat: Secretariat
    /// 1, 2, 3… within the STL; unique, so two writers cannot both append the same link.
    @Field(key: "entry_index") var index: Int
    /// `minuta` or `firma`.
    @Field(key: "kind") var kind: String
    @Field(key: "session_id") var sessionID: UUID
    @Field(key: "session_date") var sessionDate: String
    @Field(key: "minutes_id") var minutesID: UUID
    @OptionalField(key: "signature_id") var signatureID: UUID?
    /// For a `documento` entry: the file attached to the minutes that it covers.
    @OptionalField(key: "document_id") var documentID: UUID?
    @Field(key: "minutes_digest") var minutesDigest: String
    @Field(key: "previous_hash") var previousHash: String
    @Field(key: "entry_hash") var entryHash: String
    /// `RecordTime.timestamp` text, stored as hashed.
    @Field(key: "recorded_at") var recordedAt: String

    init() {}
}

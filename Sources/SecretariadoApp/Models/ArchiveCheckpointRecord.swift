import Fluent
import Vapor

/// A signed checkpoint of an STL's archive: its head and length at a time, signed with the
/// platform's key. Kept so that past checkpoints stay listed and a reader holding any of
/// them can check that a newer archive extends it. Never updated or deleted.
final class ArchiveCheckpointRecord: Model, @unchecked Sendable {
    static let schema = "archive_checkpoints"

    @ID(key: .id) var id: UUID?
    @Parent(key: "secretariat_id") var secretariat: Secretariat
    /// Number of entries covered; unique per STL, one checkpoint per head.
    @Field(key: "entry_count") var entryCount: Int
    @Field(key: "head") var head: String
    /// `RecordTime.timestamp` text, as signed.
    @Field(key: "signed_at") var signedAt: String
    @Field(key: "key_id") var keyID: UUID
    /// Ed25519 signature of the canonical checkpoint payload, base64.
    @Field(key: "signature") var signature: String

    init() {}
}

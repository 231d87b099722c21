import Fluent
import SecretariadoCore
import Vapor

/// A file attached to one of the STL's records. The bytes live in the `DocumentStore`
/// under `sha256`; this row says what they are, where they belong and who may read them.
/// Rows are never updated or deleted: a new version points at the one it supersedes.
final class StoredDocument: Model, @unchecked Sendable {
    static let schema = "documents"

    @ID(key: .id) var id: UUID?
    @Parent(key: "secretariat_id") var secretariat: Secretariat
    @Field(key: "target_kind") var targetKindRaw: String
    @Field(key: "target_id") var targetID: UUID
    @Field(key: "sha256") var sha256: String
    @Field(key: "size") var size: Int64
    @Field(key: "doc_type") var typeRaw: String
    @Field(key: "name") var name: String
    @Field(key: "is_public") var isPublic: Bool
    @Field(key: "uploaded_by") var uploadedBy: String
    @OptionalField(key: "uploaded_by_user_id") var uploadedByUserID: UUID?
    /// For a registration's documents: the registration, whose organisation may read them.
    @OptionalField(key: "registration_id") var registrationID: UUID?
    @OptionalField(key: "supersedes_id") var supersedesID: UUID?
    @OptionalField(key: "demo") var demoMark: Bool?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    var targetKind: DocumentTargetKind? { DocumentTargetKind(rawValue: targetKindRaw) }
    var type: DocumentType? { DocumentType(rawValue: typeRaw) }
}

/// One piece (up to 1 MB) of a file kept in the database.
final class DocumentChunk: Model, @unchecked Sendable {
    static let schema = "document_chunks"

    @ID(key: .id) var id: UUID?
    @Field(key: "sha256") var sha256: String
    @Field(key: "seq") var seq: Int
    @Field(key: "data") var data: Data

    init() {}

    init(sha256: String, seq: Int, data: Data) {
        self.sha256 = sha256
        self.seq = seq
        self.data = data
    }
}

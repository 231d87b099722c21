import Fluent
import SQLKit

/// Documents attached to the STL's records: metadata here, bytes once per SHA-256 (in a
/// directory, or in `document_chunks` when several instances share one PostgreSQL), and
/// the archive entry that covers a document attached to final minutes.
struct CreateDocuments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("documents")
            .id()
            .field("secretariat_id", .uuid, .required, .references("secretariats", "id", onDelete: .cascade))
            .field("target_kind", .string, .required)
            .field("target_id", .uuid, .required)
            .field("sha256", .string, .required)
            .field("size", .int64, .required)
            .field("doc_type", .string, .required)
            .field("name", .string, .required)
            .field("is_public", .bool, .required)
            .field("uploaded_by", .string, .required)
            .field("uploaded_by_user_id", .uuid)
            .field("registration_id", .uuid)
            .field("supersedes_id", .uuid)
            .field("demo", .bool, .sql(.default(false)))
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema("document_chunks")
            .id()
            .field("sha256", .string, .required)
            .field("seq", .int, .required)
            .field("data", .data, .required)
            .unique(on: "sha256", "seq")
            .create()
        try await database.schema("archive_entries").field("document_id", .uuid).update()
        if let sql = database as? any SQLDatabase {
            try await sql.raw("CREATE INDEX IF NOT EXISTS documents_target ON documents (target_kind, target_id)").run()
            try await sql.raw("CREATE INDEX IF NOT EXISTS documents_sha256 ON documents (sha256)").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("archive_entries").deleteField("document_id").update()
        try await database.schema("document_chunks").delete()
        try await database.schema("documents").delete()
    }
}

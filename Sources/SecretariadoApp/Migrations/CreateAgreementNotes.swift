import Fluent

struct CreateAgreementNotes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("agreement_notes")
            .id()
            .field("agreement_id", .uuid, .required, .references("agreements", "id", onDelete: .cascade))
            .field("noted_on", .datetime, .required)
            .field("text", .string, .required)
            .field("evidence_links", .array(of: .string), .required)
            .field("status", .string)
            .field("author", .string, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("agreement_notes").delete()
    }
}

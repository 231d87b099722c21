import Fluent

/// Proposed charter versions, and what made each version in force: the acta, a motion of
/// the STL (with its session and tally) or an administrator's correction.
struct CreateGovernanceDrafts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("governance_drafts")
            .id()
            .field("secretariat_id", .uuid, .required, .references("secretariats", "id", onDelete: .cascade))
            .field("document", .json, .required)
            .field("base_version", .int, .required)
            .field("note", .string, .required)
            .field("author", .string, .required)
            .field("status", .string, .required)
            .field("adopted_version", .int)
            .field("created_at", .datetime)
            .create()
        // One column per statement, as SQLite adds them.
        try await database.schema("governance_versions").field("origin", .string).update()
        try await database.schema("governance_versions").field("draft_id", .uuid).update()
        try await database.schema("governance_versions").field("motion_id", .uuid).update()
        try await database.schema("governance_versions").field("session_id", .uuid).update()
        try await database.schema("governance_versions").field("tally", .json).update()
        try await database.schema("motions").field("governance_draft_id", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("motions").deleteField("governance_draft_id").update()
        for field in ["tally", "session_id", "motion_id", "draft_id", "origin"] {
            try await database.schema("governance_versions").deleteField(FieldKey(stringLiteral: field)).update()
        }
        try await database.schema("governance_drafts").delete()
    }
}

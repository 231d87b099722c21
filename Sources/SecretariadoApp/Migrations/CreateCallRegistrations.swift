import Fluent

struct CreateCallRegistrations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("call_registrations")
            .id()
            .field("secretariat_id", .uuid, .required, .references("secretariats", "id", onDelete: .cascade))
            .field("call_id", .uuid, .required, .references("open_calls", "id", onDelete: .cascade))
            .field("organization_name", .string, .required)
            .field("name_key", .string, .required)
            .field("kind", .string, .required)
            .field("agenda_kind", .string, .required)
            .field("agenda", .string, .required)
            .field("website", .string)
            .field("evidence_links", .string, .required)
            .field("contact_name", .string, .required)
            .field("contact_email", .string, .required)
            .field("contact_phone", .string)
            .field("source_hash", .string, .required)
            .field("status", .string, .required)
            .field("decision_reason", .string)
            .field("decided_by", .string)
            .field("decided_at", .datetime)
            .field("created_at", .datetime)
            // One registration per organisation, even when the same form is sent twice at once.
            .unique(on: "call_id", "name_key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("call_registrations").delete()
    }
}

import Fluent

struct CreatePromoterMembers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("promoter_members")
            .id()
            .field("secretariat_id", .uuid, .required, .references("secretariats", "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("organization", .string)
            .field("sector", .string, .required)
            .field("position", .string)
            .field("contact_email", .string)
            .field("contact_phone", .string)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("promoter_members").delete()
    }
}

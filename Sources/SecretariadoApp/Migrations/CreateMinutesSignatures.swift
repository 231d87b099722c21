import Fluent

struct CreateMinutesSignatures: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("minutes_signatures")
            .id()
            .field("minutes_id", .uuid, .required, .references("minutes", "id", onDelete: .cascade))
            .field("seat_id", .uuid, .required, .references("seats", "id"))
            .field("user_id", .uuid)
            .field("key_id", .uuid, .required, .references("signing_keys", "id"))
            .field("signer", .string, .required)
            .field("holder_role", .string, .required)
            .field("decision", .string, .required)
            .field("reason", .string)
            .field("payload", .string, .required)
            .field("signature", .string, .required)
            .field("signed_at", .datetime, .required)
            .field("created_at", .datetime)
            // One signature (or refusal) per seat: a second attempt is a conflict, not a copy.
            .unique(on: "minutes_id", "seat_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("minutes_signatures").delete()
    }
}

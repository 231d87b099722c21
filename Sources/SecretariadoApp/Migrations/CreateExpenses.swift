import Fluent

struct CreateExpenses: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("expenses")
            .id()
            .field("secretariat_id", .uuid, .required, .references("secretariats", "id", onDelete: .cascade))
            .field("spent_on", .datetime, .required)
            .field("concept", .string, .required)
            // Exact centavos: money is never stored as floating point.
            .field("amount_centavos", .int64, .required)
            .field("source", .string, .required)
            .field("receipt_url", .string)
            .field("recorded_by", .string, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("expenses").delete()
    }
}

import Fluent

/// A wrong expense is annulled, not deleted: it stays listed with who annulled it and why.
/// One column per statement, as SQLite adds them.
struct UpdateExpensesAddAnnulment: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("expenses").field("annulled_at", .datetime).update()
        try await database.schema("expenses").field("annul_reason", .string).update()
        try await database.schema("expenses").field("annulled_by", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("expenses").deleteField("annulled_by").update()
        try await database.schema("expenses").deleteField("annul_reason").update()
        try await database.schema("expenses").deleteField("annulled_at").update()
    }
}

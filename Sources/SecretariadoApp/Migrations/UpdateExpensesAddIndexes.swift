import Fluent

/// An STL's spending is listed by date on its finances page, dashboard and CSV.
struct UpdateExpensesAddIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await IndexBuilder.create("expenses_secretariat_id_spent_on_idx", on: "expenses", "secretariat_id", "spent_on", in: database)
    }

    func revert(on database: any Database) async throws {
        try await IndexBuilder.drop("expenses_secretariat_id_spent_on_idx", in: database)
    }
}

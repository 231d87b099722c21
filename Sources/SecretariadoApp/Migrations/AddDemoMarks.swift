import Fluent

/// The demo loader marks what it invents (sessions and everything under them, agreements,
/// plans, expenses, outreach, extra suplentes, a whole STL in formation), so that pages and
/// exports can say so. A record a person writes is never marked (false or NULL).
struct AddDemoMarks: AsyncMigration {
    static let tables = ["secretariats", "stl_sessions", "agreements", "action_plans", "expenses", "outreach_activities", "seat_terms"]

    func prepare(on database: any Database) async throws {
        for table in Self.tables {
            // Nullable: Fluent writes an unset optional field as NULL, which reads as false.
            try await database.schema(table).field("demo", .bool, .sql(.default(false))).update()
        }
        // An STL that holds invented records among real ones (the guide's composition with
        // demo sessions): read on every page of it, so kept on the STL itself.
        try await database.schema("secretariats").field("demo_records", .bool, .sql(.default(false))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("secretariats").deleteField("demo_records").update()
        for table in Self.tables.reversed() {
            try await database.schema(table).deleteField("demo").update()
        }
    }
}

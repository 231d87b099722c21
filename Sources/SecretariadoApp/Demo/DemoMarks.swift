import Fluent
import SQLKit
import Vapor

/// Marks what the demo loaders invent. Each loader runs only on an STL that had none of
/// those records, inside its own transaction, so every row of these tables for that STL is
/// the loader's.
enum DemoMarks {
    /// The tables whose rows carry `secretariat_id` and a `demo` column.
    enum Records: String, CaseIterable {
        case sessions = "stl_sessions"
        case agreements
        case plans = "action_plans"
        case expenses
        case outreach = "outreach_activities"
    }

    static func mark(_ records: [Records], of stlID: UUID, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        for table in records {
            try await sql.update(table.rawValue).set("demo", to: true).where("secretariat_id", .equal, stlID).run()
        }
        try await sql.update(Secretariat.schema).set("demo_records", to: true).where("id", .equal, stlID).run()
    }

    /// The agreements the follow-up demo adds to an STL that already had some.
    static func markAgreements(of stlID: UUID, except existing: Set<UUID>, on db: any Database) async throws {
        let added = try await Agreement.query(on: db).filter(\.$secretariat.$id == stlID).all(\.$id).filter { !existing.contains($0) }
        guard !added.isEmpty else { return }
        try await Agreement.query(on: db).filter(\.$id ~~ added).set(\.$demoMark, to: true).update()
    }

    /// A whole STL that the demo invents (the one in formation): the STL and its members.
    static func markInvented(_ stlID: UUID, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.update(Secretariat.schema).set("demo", to: true).where("id", .equal, stlID).run()
        try await sql.raw("UPDATE seat_terms SET demo = \(bind: true) WHERE seat_id IN (SELECT id FROM seats WHERE secretariat_id = \(bind: stlID))")
            .run()
    }
}

import Fluent

/// An STL's change log is read newest first.
struct UpdateAuditEntriesAddIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await IndexBuilder.create("audit_entries_secretariat_id_at_idx", on: "audit_entries", "secretariat_id", "at", in: database)
    }

    func revert(on database: any Database) async throws {
        try await IndexBuilder.drop("audit_entries_secretariat_id_at_idx", in: database)
    }
}

import Fluent

/// An STL's outreach is listed by date on its page, dashboard and CSV.
struct UpdateOutreachActivitiesAddIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await IndexBuilder.create(
            "outreach_activities_secretariat_id_held_on_idx", on: "outreach_activities", "secretariat_id", "held_on", in: database)
    }

    func revert(on database: any Database) async throws {
        try await IndexBuilder.drop("outreach_activities_secretariat_id_held_on_idx", in: database)
    }
}

import Fluent

/// A declined proposal keeps the reason its author was given.
struct UpdateAgendaProposalsAddDeclineReason: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("agenda_proposals").field("decline_reason", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("agenda_proposals").deleteField("decline_reason").update()
    }
}

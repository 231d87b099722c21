import Fluent

/// A session's motions are read for its page, its minutes and every vote.
struct UpdateMotionsAddIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await IndexBuilder.create("motions_session_id_idx", on: "motions", "session_id", in: database)
    }

    func revert(on database: any Database) async throws {
        try await IndexBuilder.drop("motions_session_id_idx", in: database)
    }
}

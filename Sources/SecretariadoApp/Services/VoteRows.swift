import Foundation
import SQLKit
import SecretariadoCore

/// The vote rows themselves, written through SQLKit for the same reason `VoteReads` reads
/// through it: casting is the busiest write. Called by `VoteBatcher` inside its transaction,
/// after `SeatAdmission` has decided each vote.
enum VoteRows {
    /// New votes in multi-row INSERTs.
    static func insert(_ votes: [Vote], on sql: any SQLDatabase, maxBinds: Int) async throws {
        guard !votes.isEmpty else { return }
        let now = Date()
        var rows = BulkRows(Vote.schema, ["id", "motion_id", "seat_id", "option", "holder_role", "user_id", "voter", "created_at", "updated_at"])
        for vote in votes {
            rows.add([
                vote.id!, vote.$motion.id, vote.$seat.id, vote.option.rawValue, vote.holderRole.rawValue,
                bind(vote.userID), vote.voter, now, now,
            ])
            vote.createdAt = now
            vote.updatedAt = now
        }
        try await rows.insert(on: sql, maxBinds: maxBinds)
    }

    /// A second vote under a «reemplaza» charter: the seat's vote takes the new option.
    static func replace(_ vote: Vote, option: VoteOption, holderRole: HolderRole, actor: SessionActor, on sql: any SQLDatabase) async throws -> Vote {
        let now = Date()
        try await sql.update(Vote.schema)
            .set("option", to: SQLBind(option.rawValue)).set("holder_role", to: SQLBind(holderRole.rawValue))
            .set("user_id", to: SQLBind(bind(actor.userID))).set("voter", to: SQLBind(actor.name)).set("updated_at", to: SQLBind(now))
            .where("id", .equal, SQLBind(vote.id!))
            .run()
        let replaced = Vote(
            motionID: vote.$motion.id, seatID: vote.$seat.id, option: option, holderRole: holderRole, userID: actor.userID, voter: actor.name)
        replaced.id = vote.id
        replaced.$id.exists = true
        replaced.updatedAt = now
        return replaced
    }
}

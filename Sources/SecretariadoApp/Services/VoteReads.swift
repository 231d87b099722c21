import Fluent
import NIOConcurrencyHelpers
import SecretariadoCore
import SQLKit
import Vapor

/// The reads behind casting a vote, column by column through SQLKit. Casting is the
/// platform's busiest write (a 300-seat forum votes at once): each Fluent model read here
/// cost more in reflection than the row cost to fetch (docs/benchmarks.md).
enum VoteReads {
    struct SeatGrant: Sendable {
        let seatID: UUID
        let holderRole: HolderRole
    }

    struct MotionState: Sendable {
        let title: String
        let open: Bool
        let sessionID: UUID
        let sessionStatus: SessionStatus
    }

    /// The seats the user holds in the STL as a representative.
    static func seats(of userID: UUID, in stlID: UUID, on sql: any SQLDatabase) async throws -> [SeatGrant] {
        try await sql.select().columns("seat_id", "holder_role").from(RoleGrant.schema)
            .where("user_id", .equal, SQLBind(userID)).where("secretariat_id", .equal, SQLBind(stlID))
            .where("role", .equal, SQLBind(StlRole.representante.rawValue))
            .all()
            .compactMap { row in
                guard let seat = try row.decode(column: "seat_id", as: UUID?.self) else { return nil }
                return SeatGrant(seatID: seat, holderRole: try row.decode(column: "holder_role", as: HolderRole?.self) ?? .titular)
            }
    }

    /// The motion and its session, when the motion belongs to this STL.
    static func motion(_ id: UUID, in stlID: UUID, on sql: any SQLDatabase) async throws -> MotionState? {
        guard let row = try await sql.select()
            .column(SQLColumn("title", table: Motion.schema), as: "title")
            .column(SQLColumn("status", table: Motion.schema), as: "motion_status")
            .column(SQLColumn("session_id", table: Motion.schema), as: "session_id")
            .column(SQLColumn("status", table: StlSession.schema), as: "session_status")
            .from(Motion.schema)
            .join(StlSession.schema, on: SQLColumn("id", table: StlSession.schema), .equal, SQLColumn("session_id", table: Motion.schema))
            .where(SQLColumn("id", table: Motion.schema), .equal, SQLBind(id))
            .where(SQLColumn("secretariat_id", table: StlSession.schema), .equal, SQLBind(stlID))
            .first()
        else { return nil }
        return MotionState(
            title: try row.decode(column: "title", as: String.self),
            open: try row.decode(column: "motion_status", as: MotionStatus.self) == .abierta,
            sessionID: try row.decode(column: "session_id", as: UUID.self),
            sessionStatus: try row.decode(column: "session_status", as: SessionStatus.self))
    }

    /// The seat the user votes for: one of theirs whose attendance names their role there
    /// (the rules of `VoteWrites.eligibleSeat`).
    static func eligibleSeat(_ grants: [SeatGrant], session sessionID: UUID, on sql: any SQLDatabase) async throws -> SeatGrant {
        var attendance: [UUID: String] = [:]
        for row in try await sql.select().columns("seat_id", "attendance").from(SeatAttendance.schema)
            .where("session_id", .equal, SQLBind(sessionID)).where("seat_id", .in, SQLBind.group(grants.map(\.seatID))).all()
        {
            attendance[try row.decode(column: "seat_id", as: UUID.self)] = try row.decode(column: "attendance", as: String.self)
        }
        if let grant = grants.first(where: { attendance[$0.seatID] == $0.holderRole.rawValue }) { return grant }
        let grant = grants[0]
        switch (grant.holderRole, attendance[grant.seatID].flatMap(Attendance.init(rawValue:)) ?? .absent) {
        case (_, .absent):
            throw Refusal("Tu asiento no registró asistencia en esta sesión: sólo vota quien asistió.",
                          "Your seat's attendance was not recorded at this session: only those present vote.")
        case (.suplente, .titular):
            throw Refusal("El titular de tu asiento asistió: el suplente sólo vota en su ausencia.",
                          "Your seat's full member attended: the alternate votes only in their absence.")
        default:
            throw Refusal("En esta sesión tu asiento lo ocupa su suplente: vota quien asistió.",
                          "At this session your seat is held by its alternate: whoever attended votes.")
        }
    }

    static func insert(_ vote: Vote, on sql: any SQLDatabase) async throws {
        let now = Date()
        try await sql.insert(into: Vote.schema)
            .columns("id", "motion_id", "seat_id", "option", "holder_role", "user_id", "voter", "created_at", "updated_at")
            .values([vote.id!, vote.$motion.id, vote.$seat.id, vote.option.rawValue, vote.holderRole.rawValue,
                     bind(vote.userID), vote.voter, now, now])
            .run()
        vote.createdAt = now
        vote.updatedAt = now
    }
}

/// What a second vote of the same seat does, from the charter in force. Charter versions are
/// never edited (a change is a new version), so a version's policy, once read, holds for
/// good in every instance: only the current version's id is read on each vote.
enum VoteChangeRule {
    private static let known = NIOLockedValueBox<[UUID: VoteChangePolicy]>([:])

    static func policy(for stl: Secretariat, on db: any Database) async throws -> VoteChangePolicy {
        let stlID = try stl.requireID()
        guard let sql = db as? any SQLDatabase else { return try await Charter.current(for: stl, on: db).decision.voteChange }
        guard let row = try await sql.select().column("id").from(GovernanceVersion.schema)
            .where("secretariat_id", .equal, SQLBind(stlID)).orderBy("version", .descending).limit(1).first()
        else { return GovernanceMechanism.template(rule: stl.rule, ruleText: stl.ruleText).decision.voteChange }
        let versionID = try row.decode(column: "id", as: UUID.self)
        if let policy = known.withLockedValue({ $0[versionID] }) { return policy }
        guard let version = try await GovernanceVersion.find(versionID, on: db) else {
            return try await Charter.current(for: stl, on: db).decision.voteChange
        }
        let policy = version.document.decision.voteChange
        known.withLockedValue { known in
            if known.count > 50_000 { known.removeAll() }
            known[versionID] = policy
        }
        return policy
    }
}

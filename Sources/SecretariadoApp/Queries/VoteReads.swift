import Fluent
import NIOConcurrencyHelpers
import SQLKit
import SecretariadoCore
import Vapor

/// The reads behind casting a vote, column by column through SQLKit. Casting is the
/// platform's busiest write (a 300-seat forum votes at once): each Fluent model read here
/// cost more in reflection than the row cost to fetch (docs/benchmarks.md).
enum VoteReads {
    struct MotionState: Sendable {
        let title: String
        let open: Bool
        let sessionID: UUID
        let sessionStatus: SessionStatus
        var secretariatID: UUID? = nil
        /// When the session starts: no vote before (`SessionTimeGate`).
        var startsAt: Date? = nil
    }

    struct VoteKey: Hashable, Sendable {
        let motionID: UUID
        let seatID: UUID
    }

    /// The seats the user was given in the STL as a representative, each with whether the
    /// term it was given for is still current and whether its sector votes: what
    /// `SeatAdmission` needs of the account.
    static func claims(of userID: UUID, in stlID: UUID, on sql: any SQLDatabase) async throws -> [SeatClaim] {
        try await claims(of: [userID], on: sql)[SeatOwner(userID: userID, secretariatID: stlID)] ?? []
    }

    struct SeatOwner: Hashable, Sendable {
        let userID: UUID
        let secretariatID: UUID
    }

    /// The claims of several users in every STL, in one read (a batch of votes reads them
    /// inside its transaction, so a term ended a moment ago already counts).
    static func claims(of userIDs: [UUID], on sql: any SQLDatabase) async throws -> [SeatOwner: [SeatClaim]] {
        guard !userIDs.isEmpty else { return [:] }
        let grants = RoleGrant.schema
        let terms = SeatTerm.schema
        let seats = Seat.schema
        let sectors = SectorRecord.schema
        let sameSTL: any SQLExpression = SQLBinaryExpression(
            left: SQLColumn("secretariat_id", table: sectors), op: SQLBinaryOperator.equal, right: SQLColumn("secretariat_id", table: grants))
        let sameCode: any SQLExpression = SQLBinaryExpression(
            left: SQLColumn("code", table: sectors), op: SQLBinaryOperator.equal, right: SQLColumn("sector", table: seats))
        let sectorOfSeat: any SQLExpression = SQLBinaryExpression(left: sameSTL, op: SQLBinaryOperator.and, right: sameCode)
        let query = sql.select()
            .column(SQLColumn("user_id", table: grants), as: "user_id")
            .column(SQLColumn("secretariat_id", table: grants), as: "secretariat_id")
            .column(SQLColumn("seat_id", table: grants), as: "seat_id")
            .column(SQLColumn("holder_role", table: grants), as: "holder_role")
            .column(SQLColumn("id", table: terms), as: "term_id")
            .column(SQLColumn("ends_on", table: terms), as: "term_ends_on")
            .column(SQLColumn("voting", table: sectors), as: "sector_votes")
            .from(grants)
        query.join(terms, method: SQLJoinMethod.left, on: SQLColumn("id", table: terms), SQLBinaryOperator.equal, SQLColumn("term_id", table: grants))
        query.join(seats, method: SQLJoinMethod.left, on: SQLColumn("id", table: seats), SQLBinaryOperator.equal, SQLColumn("seat_id", table: grants))
        query.join(sectors, method: SQLJoinMethod.left, on: sectorOfSeat)
        query.where(SQLColumn("user_id", table: grants), SQLBinaryOperator.in, SQLBind.group(userIDs))
        query.where(SQLColumn("role", table: grants), SQLBinaryOperator.equal, SQLBind(StlRole.representante.rawValue))
        var claims: [SeatOwner: [SeatClaim]] = [:]
        for row in try await query.all() {
            guard let seat = try row.decode(column: "seat_id", as: UUID?.self) else { continue }
            let owner = SeatOwner(
                userID: try row.decode(column: "user_id", as: UUID.self),
                secretariatID: try row.decode(column: "secretariat_id", as: UUID.self))
            let termID = try row.decode(column: "term_id", as: UUID?.self)
            let endsOn = try row.decode(column: "term_ends_on", as: Date?.self)
            let role = try row.decode(column: "holder_role", as: HolderRole?.self) ?? .titular
            let votes = try row.decode(column: "sector_votes", as: Bool?.self) ?? true
            claims[owner, default: []].append(
                SeatClaim(seatID: seat, holderRole: role, termIsCurrent: termID != nil && endsOn == nil, sectorVotes: votes))
        }
        return claims
    }

    /// The admission rule for one account at one session, reading the attendance it needs.
    static func admission(_ claims: [SeatClaim], isFacilitator: Bool, session sessionID: UUID, act: SeatAdmission.Act, on sql: any SQLDatabase)
        async throws -> SeatAdmission.Decision
    {
        let rows = try await attendance(sessions: [sessionID], seats: claims.map(\.seatID), on: sql)
        return SeatAdmission.decide(claims: claims, attendance: typed(rows[sessionID] ?? [:]), isFacilitator: isFacilitator, act: act)
    }

    static func typed(_ attendance: [UUID: String]) -> [UUID: Attendance] {
        attendance.compactMapValues(Attendance.init(rawValue:))
    }

    /// The motion and its session, when the motion belongs to this STL.
    static func motion(_ id: UUID, in stlID: UUID, on sql: any SQLDatabase) async throws -> MotionState? {
        guard
            let row = try await sql.select()
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

    /// Several motions with their sessions and STL, by id.
    static func motions(_ ids: [UUID], on sql: any SQLDatabase) async throws -> [UUID: MotionState] {
        var found: [UUID: MotionState] = [:]
        for row in try await sql.select()
            .column(SQLColumn("id", table: Motion.schema), as: "id")
            .column(SQLColumn("title", table: Motion.schema), as: "title")
            .column(SQLColumn("status", table: Motion.schema), as: "motion_status")
            .column(SQLColumn("session_id", table: Motion.schema), as: "session_id")
            .column(SQLColumn("status", table: StlSession.schema), as: "session_status")
            .column(SQLColumn("secretariat_id", table: StlSession.schema), as: "secretariat_id")
            .column(SQLColumn("starts_at", table: StlSession.schema), as: "starts_at")
            .from(Motion.schema)
            .join(StlSession.schema, on: SQLColumn("id", table: StlSession.schema), .equal, SQLColumn("session_id", table: Motion.schema))
            .where(SQLColumn("id", table: Motion.schema), .in, SQLBind.group(ids))
            .all()
        {
            found[try row.decode(column: "id", as: UUID.self)] = MotionState(
                title: try row.decode(column: "title", as: String.self),
                open: try row.decode(column: "motion_status", as: MotionStatus.self) == .abierta,
                sessionID: try row.decode(column: "session_id", as: UUID.self),
                sessionStatus: try row.decode(column: "session_status", as: SessionStatus.self),
                secretariatID: try row.decode(column: "secretariat_id", as: UUID.self),
                startsAt: try row.decode(column: "starts_at", as: Date?.self))
        }
        return found
    }

    /// Who sat for these seats at these sessions: session → seat → attendance.
    static func attendance(sessions: [UUID], seats: [UUID], on sql: any SQLDatabase) async throws -> [UUID: [UUID: String]] {
        guard !sessions.isEmpty, !seats.isEmpty else { return [:] }
        var found: [UUID: [UUID: String]] = [:]
        for row in try await sql.select().columns("session_id", "seat_id", "attendance").from(SeatAttendance.schema)
            .where("session_id", .in, SQLBind.group(sessions)).where("seat_id", .in, SQLBind.group(seats)).all()
        {
            found[try row.decode(column: "session_id", as: UUID.self), default: [:]][try row.decode(column: "seat_id", as: UUID.self)] =
                try row.decode(column: "attendance", as: String.self)
        }
        return found
    }

    /// The votes already cast by these seats on these motions.
    static func votes(motions: [UUID], seats: [UUID], on sql: any SQLDatabase) async throws -> [VoteKey: Vote] {
        guard !motions.isEmpty, !seats.isEmpty else { return [:] }
        var found: [VoteKey: Vote] = [:]
        for row in try await sql.select().columns("id", "motion_id", "seat_id", "option", "holder_role", "user_id", "voter").from(Vote.schema)
            .where("motion_id", .in, SQLBind.group(motions)).where("seat_id", .in, SQLBind.group(seats)).all()
        {
            let vote = Vote(
                motionID: try row.decode(column: "motion_id", as: UUID.self), seatID: try row.decode(column: "seat_id", as: UUID.self),
                option: try row.decode(column: "option", as: VoteOption.self), holderRole: try row.decode(column: "holder_role", as: HolderRole.self),
                userID: try row.decode(column: "user_id", as: UUID?.self), voter: try row.decode(column: "voter", as: String.self))
            vote.id = try row.decode(column: "id", as: UUID.self)
            vote.$id.exists = true
            found[VoteKey(motionID: vote.$motion.id, seatID: vote.$seat.id)] = vote
        }
        return found
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
        guard
            let row = try await sql.select().column("id").from(GovernanceVersion.schema)
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

import Fluent
import NIOConcurrencyHelpers
import SQLKit
import SecretariadoCore
import Vapor

/// Group commit for votes. When a 300-seat forum votes at once, each vote alone was a
/// transaction of nine statements, one after another, and on SQLite only one transaction
/// writes at a time: the wait between statements (thread hand-offs, not work) capped the
/// server at a few hundred votes a second. Votes that arrive while a transaction is being
/// written now go together into the next one, with the same checks, each vote deciding
/// against the ones before it: one lock of the motions, three reads, one multi-row insert
/// of the votes and one of their audit entries, whatever the number of votes.
///
/// Every vote still gets its own answer, sent only after its transaction committed; a vote
/// refused by the rules (closed motion, absent seat, second vote under a «rechaza» charter)
/// is answered with its error and leaves the others untouched. Nothing is kept between
/// requests: the queue holds only requests still waiting for their answer, so several
/// instances on one PostgreSQL batch their own votes and the motion row locks order them.
final class VoteBatcher: Sendable {
    struct Job: Sendable {
        let motionID: UUID
        let stl: Secretariat
        let option: VoteOption
        let isFacilitator: Bool
        let actor: SessionActor
        let db: any Database
        /// The moment of the vote on the app's clock.
        let now: Date
    }

    typealias Outcome = Result<VoteWrites.Cast, any Error>

    private struct Queue {
        var jobs: [(Job, CheckedContinuation<Outcome, Never>)] = []
        var writing = false
    }

    private let queue = NIOLockedValueBox(Queue())
    private let transactions = NIOLockedValueBox(0)
    static let maxBatch = 512

    /// Transactions written so far (for tests and diagnostics).
    var transactionCount: Int { transactions.withLockedValue { $0 } }

    func cast(_ job: Job) async throws -> VoteWrites.Cast {
        let outcome = await withCheckedContinuation { (continuation: CheckedContinuation<Outcome, Never>) in
            let start = queue.withLockedValue { queue -> Bool in
                queue.jobs.append((job, continuation))
                guard !queue.writing else { return false }
                queue.writing = true
                return true
            }
            if start { Task { await self.drain() } }
        }
        return try outcome.get()
    }

    private func drain() async {
        while true {
            let batch = queue.withLockedValue { queue -> [(Job, CheckedContinuation<Outcome, Never>)] in
                let batch = Array(queue.jobs.prefix(Self.maxBatch))
                queue.jobs.removeFirst(batch.count)
                if batch.isEmpty { queue.writing = false }
                return batch
            }
            guard let first = batch.first else { return }
            let jobs = batch.map(\.0)
            transactions.withLockedValue { $0 += 1 }
            let outcomes: [Outcome]
            do {
                outcomes = try await first.0.db.writeTransaction { db in try await Self.write(jobs, on: db) }
            } catch {
                outcomes = jobs.map { _ in .failure(error) }
            }
            for ((_, continuation), outcome) in zip(batch, outcomes) { continuation.resume(returning: outcome) }
        }
    }

    /// One transaction for the whole batch (or for the one vote of `VoteWrites.cast` without
    /// a batcher): `SeatAdmission` decides each vote, and each decides against the ones
    /// before it.
    static func write(_ jobs: [Job], on db: any Database) async throws -> [Outcome] {
        guard let sql = db as? any SQLDatabase else { throw VoteWrites.noSuchMotion }
        let motionIDs = Array(Set(jobs.map(\.motionID)))
        // The motions' row locks first, as a single vote takes its motion's (see `RowLock`).
        try await sql.update(Motion.schema)
            .set(SQLIdentifier("revision"), to: SQLBinaryExpression(SQLIdentifier("revision"), .add, SQLLiteral.numeric("1")))
            .where("id", .in, SQLBind.group(motionIDs))
            .run()
        let motions = try await VoteReads.motions(motionIDs, on: sql)
        // Who holds which seat is read here, inside the transaction: a term ended a moment
        // ago already refuses its former holder.
        let claims = try await VoteReads.claims(of: Array(Set(jobs.compactMap(\.actor.userID))), on: sql)
        func claimsOf(_ job: Job) throws -> [SeatClaim] {
            guard let userID = job.actor.userID else { return [] }
            return claims[VoteReads.SeatOwner(userID: userID, secretariatID: try job.stl.requireID())] ?? []
        }
        let seatIDs = Array(Set(claims.values.flatMap { $0.map(\.seatID) }))
        let attendance = try await VoteReads.attendance(sessions: Array(Set(motions.values.map(\.sessionID))), seats: seatIDs, on: sql)
        var existing = try await VoteReads.votes(motions: motionIDs, seats: seatIDs, on: sql)

        var outcomes: [Outcome] = []
        var inserts: [Vote] = []
        var audits: [AuditEntry] = []
        for job in jobs {
            do {
                let stlID = try job.stl.requireID()
                guard let motion = motions[job.motionID], motion.secretariatID == stlID else { throw VoteWrites.noSuchMotion }
                let decision = SeatAdmission.decide(
                    claims: try claimsOf(job), attendance: VoteReads.typed(attendance[motion.sessionID] ?? [:]),
                    isFacilitator: job.isFacilitator,
                    act: .vote(motionOpen: motion.open, sessionStatus: motion.sessionStatus, startsAt: motion.startsAt, now: job.now))
                guard case .admitted(let seatID, let holderRole) = decision else { throw VoteWrites.refusal(decision.reason ?? .noSeat) }
                let key = VoteReads.VoteKey(motionID: job.motionID, seatID: seatID)
                if let previous = existing[key] {
                    let policy = try await VoteChangeRule.policy(for: job.stl, on: db)
                    guard policy == .replace else {
                        throw AppError.conflict(
                            field: "option",
                            Localized(
                                es:
                                    "Tu asiento ya votó esta moción (\(previous.option.label.es.lowercased())) y el Mecanismo de Gobernanza no permite cambiar el voto.",
                                en:
                                    "Your seat already voted on this motion (\(previous.option.label.en.lowercased())) and the governance mechanism does not allow changing it."
                            ))
                    }
                    let replaced = try await VoteRows.replace(previous, option: job.option, holderRole: holderRole, actor: job.actor, on: sql)
                    existing[key] = replaced
                    audits.append(
                        try AuditLog.entry(
                            actor: job.actor.audit, secretariatID: stlID, action: .update, entity: .vote,
                            entityID: replaced.id?.uuidString, summary: "Voto reemplazado en «\(motion.title)»",
                            change: .changed(from: previous.option.rawValue, to: job.option.rawValue)))
                    outcomes.append(.success(VoteWrites.Cast(vote: replaced, replaced: true)))
                    continue
                }
                let vote = Vote(
                    motionID: job.motionID, seatID: seatID, option: job.option, holderRole: holderRole,
                    userID: job.actor.userID, voter: job.actor.name)
                vote.id = UUID()
                existing[key] = vote
                inserts.append(vote)
                audits.append(
                    try AuditLog.entry(
                        actor: job.actor.audit, secretariatID: stlID, action: .create, entity: .vote,
                        entityID: vote.id?.uuidString, summary: "Voto emitido en «\(motion.title)»",
                        change: .after(job.option.rawValue)))
                outcomes.append(.success(VoteWrites.Cast(vote: vote, replaced: false)))
            } catch {
                outcomes.append(.failure(error))
            }
        }
        // The unique (motion, seat) index is the last word: a vote written meanwhile by
        // another instance fails the insert, and the whole batch is tried again.
        try await VoteRows.insert(inserts, on: sql, maxBinds: BindLimit.of(db))
        try await AuditLog.record(audits, on: db)
        return outcomes
    }
}

extension Application {
    private struct VoteBatcherKey: StorageKey { typealias Value = VoteBatcher }

    /// This instance's vote queue (see `VoteBatcher`).
    var voteBatcher: VoteBatcher {
        if let batcher = storage[VoteBatcherKey.self] { return batcher }
        let batcher = VoteBatcher()
        storage[VoteBatcherKey.self] = batcher
        return batcher
    }
}

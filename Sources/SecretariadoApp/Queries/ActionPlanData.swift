import Fluent
import SecretariadoCore
import Vapor

/// A plan with its commitments (in number order) and their milestones (in position order).
struct PlanWithCommitments: Sendable {
    let plan: ActionPlan
    let commitments: [Commitment]
}

enum ActionPlanData {
    /// The plans of `stl` (or of every STL), newest period first.
    static func load(_ stlID: UUID?, on db: any Database) async throws -> [PlanWithCommitments] {
        let plans = ActionPlan.query(on: db)
        if let stlID { plans.filter(\.$secretariat.$id == stlID) }
        let all = try await plans.sort(\.$startsOn, .descending).sort(\.$title).all()
        return try await attach(all, on: db)
    }

    static func load(plan: ActionPlan, on db: any Database) async throws -> PlanWithCommitments {
        try await attach([plan], on: db)[0]
    }

    private static func attach(_ plans: [ActionPlan], on db: any Database) async throws -> [PlanWithCommitments] {
        let ids = plans.compactMap(\.id)
        // Milestones by hand rather than `with(\.$milestones)`, whose single IN list of every
        // commitment's id fails past the bound-parameter limit on the national exports.
        let commitments = try await ChunkedIn.all(ids) { Commitment.query(on: db).filter(\.$plan.$id ~~ Array($0)).sort(\.$number) }
        let milestones = try await ChunkedIn.all(commitments.compactMap(\.id)) { Milestone.query(on: db).filter(\.$commitment.$id ~~ Array($0)) }
        let milestonesByCommitment = Dictionary(grouping: milestones, by: { $0.$commitment.id })
        for commitment in commitments {
            commitment.$milestones.value = (milestonesByCommitment[commitment.id!] ?? []).sorted { $0.position < $1.position }
        }
        let byPlan = Dictionary(grouping: commitments, by: { $0.$plan.id })
        return plans.map { PlanWithCommitments(plan: $0, commitments: byPlan[$0.id!] ?? []) }
    }

    /// The audit entries about a commitment and its milestones, newest first.
    static func history(of commitment: Commitment, on db: any Database) async throws -> [AuditEntry] {
        let ids: [String?] = [try commitment.requireID().uuidString] + commitment.milestones.map { $0.id?.uuidString }
        return try await AuditEntry.query(on: db).filter(\.$entityID ~~ ids)
            .filter(\.$entity ~~ ["commitment", "milestone"])
            .sort(\.$at, .descending).all()
    }
}

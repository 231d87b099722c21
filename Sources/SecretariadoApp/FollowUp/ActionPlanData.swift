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
        let commitments = ids.isEmpty ? [] : try await Commitment.query(on: db).filter(\.$plan.$id ~~ ids)
            .with(\.$milestones).sort(\.$number).all()
        for commitment in commitments {
            commitment.$milestones.value = commitment.milestones.sorted { $0.position < $1.position }
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

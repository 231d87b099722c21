import Fluent
import SecretariadoCore
import Vapor

/// Finding a follow-up record of a given STL, with a 404 that says what is missing. A
/// record of another STL is "not found" here: ids never cross secretariats.
enum FollowUpScope {
    static func agreement(_ id: UUID, in stl: Secretariat, on db: any Database) async throws -> Agreement {
        guard
            let agreement = try await Agreement.query(on: db).filter(\.$id == id)
                .filter(\.$secretariat.$id == stl.requireID()).first()
        else { throw notFound(es: "No existe ese acuerdo en este secretariado.", en: "There is no such agreement in this secretariat.") }
        return agreement
    }

    static func plan(_ id: UUID, in stl: Secretariat, on db: any Database) async throws -> ActionPlan {
        guard
            let plan = try await ActionPlan.query(on: db).filter(\.$id == id)
                .filter(\.$secretariat.$id == stl.requireID()).first()
        else { throw notFound(es: "No existe ese plan de acción en este secretariado.", en: "There is no such action plan in this secretariat.") }
        return plan
    }

    /// The commitment with its milestones in order.
    static func commitment(_ id: UUID, in stl: Secretariat, on db: any Database) async throws -> Commitment {
        guard
            let commitment = try await Commitment.query(on: db).filter(\.$id == id)
                .filter(\.$secretariat.$id == stl.requireID())
                .with(\.$milestones).first()
        else { throw notFound(es: "No existe ese compromiso en este secretariado.", en: "There is no such commitment in this secretariat.") }
        commitment.$milestones.value = commitment.milestones.sorted { $0.position < $1.position }
        return commitment
    }

    static func milestone(_ id: UUID, of commitment: Commitment, on db: any Database) async throws -> Milestone {
        guard
            let milestone = try await Milestone.query(on: db).filter(\.$id == id)
                .filter(\.$commitment.$id == commitment.requireID()).first()
        else { throw notFound(es: "No existe ese hito en este compromiso.", en: "There is no such milestone in this commitment.") }
        return milestone
    }

    private static func notFound(es: String, en: String) -> AppError {
        .notFound(Localized(es: es, en: en))
    }
}

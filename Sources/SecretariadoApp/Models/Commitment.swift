import Fluent
import SecretariadoCore
import Vapor

/// A commitment of a Plan de Acción Local: the public problem, what it sets out to achieve,
/// who leads it (government) and who co-leads it (civil society), and the OGP values it
/// advances. Its completion level follows from its milestones unless the STL overrides it
/// with a reason.
final class Commitment: Model, @unchecked Sendable {
    static let schema = "commitments"

    @ID(key: .id) var id: UUID?
    @Parent(key: "secretariat_id") var secretariat: Secretariat
    @Parent(key: "plan_id") var plan: ActionPlan
    /// 1, 2, 3… within the plan.
    @Field(key: "number") var number: Int
    @Field(key: "title") var title: String
    @Field(key: "problem") var problem: String
    @Field(key: "objective") var objective: String
    @Field(key: "lead_institution") var leadInstitution: String
    /// The civil-society organisation that co-leads it.
    @Field(key: "co_responsible") var coResponsible: String
    @Field(key: "ogp_values") var ogpValues: [String]
    @OptionalField(key: "level_override") var levelOverride: CompletionLevel?
    @OptionalField(key: "override_reason") var overrideReason: String?
    @Children(for: \.$commitment) var milestones: [Milestone]
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(
        secretariatID: UUID, planID: UUID, number: Int, title: String, problem: String, objective: String,
        leadInstitution: String, coResponsible: String, ogpValues: [OGPValue]
    ) {
        self.$secretariat.id = secretariatID
        self.$plan.id = planID
        self.number = number
        self.title = title
        self.problem = problem
        self.objective = objective
        self.leadInstitution = leadInstitution
        self.coResponsible = coResponsible
        self.ogpValues = ogpValues.map(\.rawValue)
    }

    var values: [OGPValue] { ogpValues.compactMap(OGPValue.init(rawValue:)) }

    /// Derived and overridden level; needs `milestones` loaded.
    var assessment: CommitmentAssessment {
        CommitmentAssessment(milestones: milestones.map(\.progress), override: levelOverride, reason: overrideReason)
    }
}

import Fluent
import SecretariadoCore
import Vapor

/// The Plan de Acción Local's API: plans with commitments and milestones,
/// progress, the level override, and the CSVs. Reads are public; writes need
/// `.editFollowUp` of the STL.
struct ActionPlanAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.actionPlans(.key).pathComponents, use: plans).openAPI(.listActionPlans)
        routes.post(APIURL.actionPlans(.key).pathComponents, use: createPlan).openAPI(.createActionPlan)
        routes.get(APIURL.actionPlan(.key, .key).pathComponents, use: plan).openAPI(.getActionPlan)
        routes.post(APIURL.planCommitments(.key, .key).pathComponents, use: addCommitment).openAPI(.addCommitment)
        routes.get(APIURL.commitment(.key, .key).pathComponents, use: commitment).openAPI(.getCommitment)
        routes.put(APIURL.commitmentLevel(.key, .key).pathComponents, use: setLevel).openAPI(.setCommitmentLevel)
        routes.post(APIURL.commitmentMilestones(.key, .key).pathComponents, use: addMilestone).openAPI(.addMilestone)
        routes.patch(APIURL.milestone(.key, .key, .key).pathComponents, use: updateMilestone).openAPI(.updateMilestone)
        routes.get(APIURL.commitmentsCSV(.key).pathComponents, use: commitmentsCSV).openAPI(.commitmentsCSV)
        routes.get(APIURL.milestonesCSV(.key).pathComponents, use: milestonesCSV).openAPI(.milestonesCSV)
        routes.get(APIURL.nationalCommitmentsCSV.pathComponents, use: nationalCommitmentsCSV).openAPI(.nationalCommitmentsCSV)
        routes.get(APIURL.nationalMilestonesCSV.pathComponents, use: nationalMilestonesCSV).openAPI(.nationalMilestonesCSV)
    }

    @Sendable func plans(req: Request) async throws -> [ActionPlanDTO] {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        return try await ActionPlanData.load(stl.requireID(), on: req.db).map(ActionPlanDTO.init)
    }

    @Sendable func createPlan(req: Request) async throws -> Response {
        let stl = try await AgreementsAPI.editable(req)
        let plan = try await ActionPlanWrites.createPlan(try req.content.decode(ActionPlanInput.self), in: stl, by: req.sessionActor(), on: req.db)
        return try await ActionPlanDTO(PlanWithCommitments(plan: plan, commitments: [])).encodeResponse(status: .created, for: req)
    }

    @Sendable func plan(req: Request) async throws -> ActionPlanDTO {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let plan = try await FollowUpScope.plan(try req.pathID(), in: stl, on: req.db)
        return ActionPlanDTO(try await ActionPlanData.load(plan: plan, on: req.db))
    }

    @Sendable func addCommitment(req: Request) async throws -> Response {
        let stl = try await AgreementsAPI.editable(req)
        let commitment = try await ActionPlanWrites.addCommitment(
            try req.content.decode(CommitmentInput.self), to: try req.pathID(), in: stl, by: req.sessionActor(), on: req.db)
        return try await CommitmentDTO(commitment).encodeResponse(status: .created, for: req)
    }

    @Sendable func commitment(req: Request) async throws -> CommitmentDTO {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        return CommitmentDTO(try await FollowUpScope.commitment(try req.pathID(), in: stl, on: req.db))
    }

    @Sendable func setLevel(req: Request) async throws -> CommitmentDTO {
        let stl = try await AgreementsAPI.editable(req)
        return CommitmentDTO(
            try await ActionPlanWrites.setLevel(
                try req.pathID(), try req.content.decode(CommitmentLevelInput.self), in: stl, by: req.sessionActor(), on: req.db))
    }

    @Sendable func addMilestone(req: Request) async throws -> Response {
        let stl = try await AgreementsAPI.editable(req)
        let milestone = try await ActionPlanWrites.addMilestone(
            try req.content.decode(MilestoneInput.self), to: try req.pathID(), in: stl, by: req.sessionActor(), on: req.db)
        return try await MilestoneDTO(milestone).encodeResponse(status: .created, for: req)
    }

    @Sendable func updateMilestone(req: Request) async throws -> MilestoneDTO {
        let stl = try await AgreementsAPI.editable(req)
        return MilestoneDTO(
            try await ActionPlanWrites.updateMilestone(
                try req.pathID("milestoneId"), of: try req.pathID(), try req.content.decode(MilestoneUpdateInput.self),
                in: stl, by: req.sessionActor(), on: req.db))
    }

    @Sendable func commitmentsCSV(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        return CSVExports.response(try await FollowUpCSV.commitments(of: stl, on: req.db), filename: "compromisos-\(stl.slug).csv")
    }

    @Sendable func milestonesCSV(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        return CSVExports.response(try await FollowUpCSV.milestones(of: stl, on: req.db), filename: "hitos-\(stl.slug).csv")
    }

    @Sendable func nationalCommitmentsCSV(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        return CSVExports.response(try await FollowUpCSV.commitments(of: nil, on: req.db), filename: "compromisos.csv")
    }

    @Sendable func nationalMilestonesCSV(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        return CSVExports.response(try await FollowUpCSV.milestones(of: nil, on: req.db), filename: "hitos.csv")
    }
}

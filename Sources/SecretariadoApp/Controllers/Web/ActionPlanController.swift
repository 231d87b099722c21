import Fluent
import SecretariadoCore
import Vapor

/// The Plan de Acción Local on the site: plans, commitments, milestones and the
/// level override. Reads are public; writes need `.editFollowUp` of the STL.
struct ActionPlanController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.actionPlans(.key).pathComponents, use: plans)
        routes.post(SiteURL.actionPlans(.key).pathComponents, use: createPlan)
        routes.get(SiteURL.actionPlan(.key, .key).pathComponents, use: plan)
        routes.post(SiteURL.planCommitments(.key, .key).pathComponents, use: addCommitment)
        routes.get(SiteURL.commitment(.key, .key).pathComponents, use: commitment)
        routes.post(SiteURL.commitmentMilestones(.key, .key).pathComponents, use: addMilestone)
        routes.post(SiteURL.milestone(.key, .key, .key).pathComponents, use: updateMilestone)
        routes.post(SiteURL.commitmentLevel(.key, .key).pathComponents, use: setLevel)
    }

    @Sendable func plans(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let model = ActionPlansPage.Model(
            stl: stl, plans: try await ActionPlanData.load(stl.requireID(), on: req.db),
            canEdit: try await req.can(.editFollowUp(stl.requireID())), saved: saved(req))
        return HTMLPage(ActionPlansPage.View(model: model, context: PageContext(req)).html)
    }

    @Sendable func createPlan(req: Request) async throws -> Response {
        let stl = try await editable(req)
        let plan = try await ActionPlanWrites.createPlan(try req.content.decode(ActionPlanInput.self), in: stl, by: req.sessionActor(), on: req.db)
        return req.savedRedirect(to: SiteURL.actionPlan(.value(stl.slug), .value(plan.id!)).path)
    }

    @Sendable func plan(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let plan = try await FollowUpScope.plan(try req.pathID("planID"), in: stl, on: req.db)
        let model = ActionPlanPage.Model(
            stl: stl, data: try await ActionPlanData.load(plan: plan, on: req.db),
            canEdit: try await req.can(.editFollowUp(stl.requireID())), saved: saved(req))
        return HTMLPage(ActionPlanPage.View(model: model, context: PageContext(req)).html)
    }

    @Sendable func addCommitment(req: Request) async throws -> Response {
        let stl = try await editable(req)
        var input = try req.content.decode(CommitmentInput.self)
        // The form sends one checkbox per OGP value; the API, a list of codes.
        if input.ogpValues == nil {
            let checked = OGPValue.allCases.filter {
                (try? SessionFields.flag(req.content[String.self, at: "ogp_\($0.rawValue)"], "ogpValues")) == true
            }
            input.ogpValues = checked.map(\.rawValue).joined(separator: ",")
        }
        let commitment = try await ActionPlanWrites.addCommitment(input, to: try req.pathID("planID"), in: stl, by: req.sessionActor(), on: req.db)
        return req.savedRedirect(to: SiteURL.commitment(.value(stl.slug), .value(commitment.id!)).path)
    }

    @Sendable func commitment(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let commitment = try await FollowUpScope.commitment(try req.pathID("commitmentID"), in: stl, on: req.db)
        let plan = try await FollowUpScope.plan(commitment.$plan.id, in: stl, on: req.db)
        var model = CommitmentPage.Model(
            stl: stl, plan: plan, commitment: commitment, history: try await ActionPlanData.history(of: commitment, on: req.db),
            canEdit: try await req.can(.editFollowUp(stl.requireID())),
            canSeeActors: try await req.can(.readContactData(stl.requireID())), saved: saved(req))
        let milestones = commitment.milestones
        let titles = Dictionary(milestones.compactMap { m in m.id.map { ($0, "\(m.position). \(m.title)") } }, uniquingKeysWith: { a, _ in a })
        model.milestoneDocuments = try await AttachmentsSection.models(
            req, kind: .milestone, targetIDs: milestones.compactMap(\.id), in: stl, title: { titles[$0] }, canAttach: model.canEdit)
        return HTMLPage(CommitmentPage.View(model: model, context: PageContext(req)).html)
    }

    @Sendable func addMilestone(req: Request) async throws -> Response {
        let stl = try await editable(req)
        let id = try req.pathID("commitmentID")
        _ = try await ActionPlanWrites.addMilestone(try req.content.decode(MilestoneInput.self), to: id, in: stl, by: req.sessionActor(), on: req.db)
        return back(req, stl, id)
    }

    @Sendable func updateMilestone(req: Request) async throws -> Response {
        let stl = try await editable(req)
        let id = try req.pathID("commitmentID")
        _ = try await ActionPlanWrites.updateMilestone(
            try req.pathID("milestoneID"), of: id, try req.content.decode(MilestoneUpdateInput.self), in: stl, by: req.sessionActor(), on: req.db)
        return back(req, stl, id)
    }

    @Sendable func setLevel(req: Request) async throws -> Response {
        let stl = try await editable(req)
        let id = try req.pathID("commitmentID")
        _ = try await ActionPlanWrites.setLevel(id, try req.content.decode(CommitmentLevelInput.self), in: stl, by: req.sessionActor(), on: req.db)
        return back(req, stl, id)
    }

    private func editable(_ req: Request) async throws -> Secretariat {
        let stl = try await req.stl(requiring: Permission.editFollowUp)
        return stl
    }

    private func back(_ req: Request, _ stl: Secretariat, _ commitmentID: UUID) -> Response {
        req.savedRedirect(to: SiteURL.commitment(.value(stl.slug), .value(commitmentID)).path)
    }

    private func saved(_ req: Request) -> Bool {
        req.wasSaved
    }
}

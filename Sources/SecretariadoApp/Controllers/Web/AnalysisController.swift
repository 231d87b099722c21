import Fluent
import SecretariadoCore
import Vapor

/// The national comparison and the simulator: public analysis pages.
struct AnalysisController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.comparison.pathComponents, use: comparison)
        routes.get(SiteURL.simulator.pathComponents, use: simulator)
    }

    @Sendable func comparison(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        let order = req.query[String.self, at: "orden"].flatMap(ComparisonPage.Model.Order.init(rawValue:)) ?? .nombre
        let (summaries, _) = try await SecretariatSummary.all(on: req.db)
        let model = ComparisonPage.Model(summaries: summaries, order: order)
        return HTMLPage(ComparisonPage.View(model: model, context: PageContext(req)).html)
    }

    @Sendable func simulator(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        let form = (try? req.query.decode(SimulatorPage.Form.self)) ?? SimulatorPage.Form()
        var analysis: ForumAnalysis?
        var error: String?
        if form.submitted {
            switch AnalysisRequest.decode(try form.contractJSON()) {
            case .success(let request): analysis = request.forums.first.map { ForumAnalysis(composition: $0.composition, rule: $0.rule) }
            case .failure(let failure): error = failure.message(in: req.language)
            }
        }
        let model = SimulatorPage.Model(form: form, analysis: analysis, error: error)
        return HTMLPage(SimulatorPage.View(model: model, context: PageContext(req)).html, status: error == nil ? .ok : .unprocessableEntity)
    }
}

import Fluent
import SecretariadoCore
import Vapor

/// The national comparison and the simulator: public analysis pages.
struct AnalysisController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.comparison.pathComponents, use: comparison)
        routes.get(SiteURL.simulator.pathComponents, use: simulator)
    }

    /// `?orden=` sorts, `?estado=` filters by state, `?pagina=` pages by 100.
    @Sendable func comparison(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        return try await PublicCache.respond(req, following: .directory) {
            let order = req.query[String.self, at: "orden"].flatMap(ComparisonPage.Model.Order.init(rawValue:)) ?? .nombre
            let state = req.query[String.self, at: "estado"].flatMap { $0.isEmpty ? nil : $0 }
            let selection = try await SecretariatDirectory.load(state: state, on: req.db)
            let model = ComparisonPage.Model(
                summaries: selection.summaries, order: order, state: state, states: selection.states,
                page: req.query[Int.self, at: "pagina"])
            return try await HTMLPage(ComparisonPage.View(model: model, context: PageContext(req)).html).encodeResponse(for: req)
        }
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

import Fluent
import Vapor

struct HomeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.home.pathComponents, use: show)
    }

    /// `?estado=` filters by state, `?pagina=` pages by 100.
    @Sendable func show(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        return try await PublicCache.respond(req, following: .directory) {
            let state = req.query[String.self, at: "estado"].flatMap { $0.isEmpty ? nil : $0 }
            let selection = try await SecretariatDirectory.load(state: state, on: req.db)
            let model = Home.Model(selection: selection, state: state, page: req.query[Int.self, at: "pagina"])
            return try await HTMLPage(Home.View(model: model, context: PageContext(req)).html).encodeResponse(for: req)
        }
    }
}

import Fluent
import Vapor

struct HomeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.home.pathComponents, use: show)
    }

    @Sendable func show(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        let (items, _) = try await SecretariatSummary.all(on: req.db)
        return HTMLPage(Home.View(model: .init(secretariats: items), context: PageContext(req)).html)
    }
}

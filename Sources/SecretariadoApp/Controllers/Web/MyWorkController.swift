import Fluent
import SecretariadoCore
import Vapor

/// `/mi-trabajo`: what waits for the signed-in person in each of their STLs. Any signed-in
/// user may see their own list; the items come from `WorkRules` over `MyWorkQuery`'s facts.
struct MyWorkController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.myWork.pathComponents, use: show)
    }

    @Sendable func show(req: Request) async throws -> HTMLPage {
        try await req.require(.manageOwnAccount)
        let principal = try await req.principal()
        let today = CalendarDate.today()
        let result = try await MyWorkQuery.load(principal, language: req.language, today: today, on: req.db)
        let items = WorkRules.items(for: result.facts, now: req.now, today: today)
        let model = MyWorkPage.Model(
            secretariats: result.secretariats.map { stl in
                MyWorkPage.Model.Group(
                    stl: stl, roles: principal.grants.filter { $0.secretariatID == stl.id },
                    items: items.filter { $0.secretariatID == stl.id })
            },
            summary: result.summary)
        return HTMLPage(MyWorkPage.View(model: model, context: PageContext(req)).html)
    }
}

import Fluent
import SecretariadoCore
import Vapor

/// The facilitator's selection by the selected representatives (step 7): public record,
/// recorded by representatives or the guarantor (`.recordFacilitatorSelection`).
struct FacilitatorSelectionController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.installationFacilitation(.key).pathComponents, use: show)
        routes.post(SiteURL.installationFacilitation(.key).pathComponents, use: record)
    }

    @Sendable func show(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let id = try stl.requireID()
        let selections = try await FacilitatorSelection.query(on: req.db).filter(\.$secretariat.$id == id)
            .with(\.$term) { $0.with(\.$person) }.sort(\.$createdAt, .descending).all()
        let model = FacilitationPage.Model(
            stl: stl, selections: selections,
            canRecord: try await req.can(.recordFacilitatorSelection(id)), saved: req.wasSaved,
            actorNames: try await AccountNames.byEmail(selections.map(\.recordedBy), on: req.db))
        return HTMLPage(FacilitationPage.View(model: model, context: PageContext(req)).html)
    }

    @Sendable func record(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.recordFacilitatorSelection)
        _ = try await FacilitatorSelectionWrites.record(
            try req.content.decode(FacilitatorSelectionInput.self), in: stl, by: req.auditActor, now: req.now, on: req.db)
        return req.savedRedirect(to: SiteURL.installationFacilitation(.value(stl.slug)).path)
    }
}

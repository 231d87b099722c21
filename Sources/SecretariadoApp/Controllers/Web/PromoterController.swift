import Fluent
import SecretariadoCore
import Vapor

/// The Grupo Promotor and its work route (step 1). Public page (without contact data);
/// changes need `.manageInstallation`.
struct PromoterController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.installationPromoters(.key).pathComponents, use: show)
        routes.post(SiteURL.installationPromoters(.key).pathComponents, use: addMember)
        routes.post(SiteURL.installationPromoterRemove(.key, .key).pathComponents, use: removeMember)
        routes.post(SiteURL.installationRoute(.key).pathComponents, use: addActivity)
        routes.post(SiteURL.installationRouteRemove(.key, .key).pathComponents, use: removeActivity)
    }

    @Sendable func show(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let id = try stl.requireID()
        let model = PromoterPage.Model(
            stl: stl,
            members: try await PromoterMember.query(on: req.db).filter(\.$secretariat.$id == id).sort(\.$sector).sort(\.$name).all(),
            activities: try await WorkRouteActivity.query(on: req.db).filter(\.$secretariat.$id == id).sort(\.$startsOn).all(),
            canManage: try await req.can(.manageInstallation(id)),
            showContact: try await req.can(.readContactData(id)),
            saved: req.wasSaved)
        return HTMLPage(PromoterPage.View(model: model, context: PageContext(req)).html)
    }

    @Sendable func addMember(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.manageInstallation)
        _ = try await PromoterWrites.addMember(try req.content.decode(PromoterMemberInput.self), in: stl, by: req.auditActor, on: req.db)
        return req.savedRedirect(to: SiteURL.installationPromoters(.value(stl.slug)).path)
    }

    @Sendable func removeMember(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.manageInstallation)
        try await PromoterWrites.removeMember(try req.pathID(), in: stl, by: req.auditActor, on: req.db)
        return req.savedRedirect(to: SiteURL.installationPromoters(.value(stl.slug)).path)
    }

    @Sendable func addActivity(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.manageInstallation)
        _ = try await PromoterWrites.addActivity(try req.content.decode(WorkRouteActivityInput.self), in: stl, by: req.auditActor, on: req.db)
        return req.savedRedirect(to: SiteURL.installationPromoters(.value(stl.slug)).path)
    }

    @Sendable func removeActivity(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.manageInstallation)
        try await PromoterWrites.removeActivity(try req.pathID(), in: stl, by: req.auditActor, on: req.db)
        return req.savedRedirect(to: SiteURL.installationPromoters(.value(stl.slug)).path)
    }
}

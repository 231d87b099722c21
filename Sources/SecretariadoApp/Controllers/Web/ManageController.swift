import Fluent
import SecretariadoCore
import Vapor

/// The composition forms of one STL. Every write requires `.editComposition(stl)`; the page
/// itself `.readManagement(stl)`.
struct ManageController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.manage(.key).pathComponents, use: show)
        routes.post(SiteURL.manageOrganizations(.key).pathComponents, use: addOrganization)
        routes.post(SiteURL.manageSeats(.key).pathComponents, use: addSeat)
        routes.post(SiteURL.manageMembers(.key).pathComponents, use: appoint)
        routes.post(SiteURL.manageEndTerm(.key, .key).pathComponents, use: endTerm)
        routes.post(SiteURL.manageFacilitator(.key).pathComponents, use: setFacilitator)
        routes.post(SiteURL.manageSectors(.key).pathComponents, use: addSector)
    }

    /// Editors get the forms and contact data; national coordination reads the rest.
    @Sendable func show(req: Request) async throws -> HTMLPage {
        let stl = try await req.stl()
        let stlID = try stl.requireID()
        try await req.require(.readManagement(stlID))
        let detail = try await SecretariatDetail.load(slug: stl.slug, on: req.db)
        let model = ManagePage.Model(
            detail: detail, saved: req.wasSaved,
            canEdit: try await req.can(.editComposition(stlID)),
            showContacts: try await req.can(.readContactData(stlID)),
            termWarnings: try await TermWarnings.of(stl, seats: detail.seats, on: req.db),
            facilitatorWarnings: try await currentFacilitatorWarnings(detail, stl, on: req.db))
        return HTMLPage(ManagePage.View(model: model, context: PageContext(req)).html)
    }

    /// The independence warnings of whoever facilitates now: they stay in view after the
    /// appointment was confirmed, not only at the moment of naming.
    private func currentFacilitatorWarnings(_ detail: SecretariatDetail, _ stl: Secretariat, on db: any Database) async throws -> [Localized] {
        guard let term = detail.facilitator, let person = term.person else { return [] }
        let warnings = try await FacilitatorSelectionWrites.warnings(
            for: .init(name: person.name, origin: term.origin, originKind: term.originKind), in: stl, on: db)
        return warnings
    }

    @Sendable func addOrganization(req: Request) async throws -> Response {
        let stl = try await authorized(req)
        _ = try await OrganizationWrites.create(try req.content.decode(OrganizationInput.self), in: stl, by: req.auditActor, on: req.db)
        return saved(req, stl)
    }

    @Sendable func addSeat(req: Request) async throws -> Response {
        let stl = try await authorized(req)
        _ = try await SeatWrites.create(try req.content.decode(SeatInput.self), in: stl, by: req.auditActor, on: req.db)
        return saved(req, stl)
    }

    @Sendable func appoint(req: Request) async throws -> Response {
        let stl = try await authorized(req)
        _ = try await MemberWrites.appoint(try req.content.decode(MemberInput.self), in: stl, by: req.auditActor, on: req.db)
        return saved(req, stl)
    }

    @Sendable func endTerm(req: Request) async throws -> Response {
        let stl = try await authorized(req)
        guard let id = req.parameters.get("termID", as: UUID.self) else {
            throw AppError.notFound(.init(es: "No existe ese integrante.", en: "There is no such member."))
        }
        try await MemberWrites.end(id, in: stl, by: req.auditActor, on: req.db)
        return saved(req, stl)
    }

    @Sendable func setFacilitator(req: Request) async throws -> Response {
        let stl = try await authorized(req)
        _ = try await FacilitatorWrites.set(try req.content.decode(FacilitatorInput.self), in: stl, by: req.auditActor, on: req.db)
        return saved(req, stl)
    }

    @Sendable func addSector(req: Request) async throws -> Response {
        let stl = try await authorized(req)
        _ = try await SectorWrites.create(try req.content.decode(SectorInput.self), in: stl, by: req.auditActor, on: req.db)
        return saved(req, stl)
    }

    private func authorized(_ req: Request) async throws -> Secretariat {
        let stl = try await req.stl(requiring: Permission.editComposition)
        return stl
    }

    /// Post/redirect/get: a reload never submits twice.
    private func saved(_ req: Request, _ stl: Secretariat) -> Response {
        req.savedRedirect(to: SiteURL.manage(.value(stl.slug)).path)
    }
}

import Fluent
import SecretariadoCore
import Vapor

/// The agreements tracker on the site: the filtered list, one agreement with
/// its notes, entering an agreement directly, its status and its follow-up notes. Reads
/// are public; writes need `.editFollowUp` of the STL.
struct AgreementsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.agreements(.key).pathComponents, use: list)
        routes.post(SiteURL.agreements(.key).pathComponents, use: create)
        routes.get(SiteURL.agreement(.key, .key).pathComponents, use: show)
        routes.post(SiteURL.agreementStatus(.key, .key).pathComponents, use: status)
        routes.post(SiteURL.agreementNotes(.key, .key).pathComponents, use: note)
    }

    @Sendable func list(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let filter = try AgreementFilter(req)
        let all = try await AgreementTracker.rows(of: stl.requireID(), on: req.db)
        let sectors = try await SectorRecord.query(on: req.db).filter(\.$secretariat.$id == stl.requireID()).sort(\.$position).all()
        let sessions = Dictionary(all.compactMap { row in row.session.map { ($0.id!, $0) } }, uniquingKeysWith: { a, _ in a })
            .values.sorted { ($0.startsAt ?? .distantPast) > ($1.startsAt ?? .distantPast) }
        let model = AgreementsPage.Model(
            stl: stl, rows: all.filter(filter.matches), total: all.count, filter: filter,
            // A typed-in owner (words of a name) stays selectable, so the form shows the filter in force.
            owners: Array(Set(all.map(\.agreement.owner) + [filter.owner].compactMap { $0 })).sorted { $0.localizedCompare($1) == .orderedAscending },
            sectors: sectors, sessions: sessions,
            canEdit: try await req.can(.editFollowUp(stl.requireID())),
            saved: req.wasSaved)
        return HTMLPage(AgreementsPage.View(model: model, context: PageContext(req)).html)
    }

    @Sendable func create(req: Request) async throws -> Response {
        let stl = try await editable(req)
        let agreement = try await AgreementWrites.create(
            try req.content.decode(AgreementCreateInput.self), in: stl, by: req.sessionActor(), on: req.db)
        return req.savedRedirect(to: SiteURL.agreement(.value(stl.slug), .value(agreement.id!)).path)
    }

    @Sendable func show(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let row = try await AgreementTracker.row(try req.pathID("agreementID"), in: stl, on: req.db)
        let model = AgreementPage.Model(
            stl: stl, row: row, canEdit: try await req.can(.editFollowUp(stl.requireID())),
            saved: req.wasSaved,
            attachments: try await AttachmentsSection.model(
                req, kind: .agreement, targetID: row.agreement.requireID(), in: stl,
                title: req.language == .es ? "Documentos del acuerdo" : "Agreement documents"))
        return HTMLPage(AgreementPage.View(model: model, context: PageContext(req)).html)
    }

    @Sendable func status(req: Request) async throws -> Response {
        let stl = try await editable(req)
        _ = try await AgreementWrites.setStatus(
            try req.pathID("agreementID"), try req.content.decode(AgreementUpdateInput.self), in: stl, by: req.sessionActor(), on: req.db)
        return req.savedRedirect(to: SiteURL.agreements(.value(stl.slug)).path)
    }

    @Sendable func note(req: Request) async throws -> Response {
        let stl = try await editable(req)
        let id = try req.pathID("agreementID")
        _ = try await AgreementWrites.addNote(id, try req.content.decode(AgreementNoteInput.self), in: stl, by: req.sessionActor(), on: req.db)
        return req.savedRedirect(to: SiteURL.agreement(.value(stl.slug), .value(id)).path)
    }

    private func editable(_ req: Request) async throws -> Secretariat {
        let stl = try await req.stl(requiring: Permission.editFollowUp)
        return stl
    }
}

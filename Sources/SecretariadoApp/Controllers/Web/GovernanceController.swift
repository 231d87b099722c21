import Fluent
import SecretariadoCore
import Vapor

/// The Mecanismo de Gobernanza pages: read by everyone, new versions by the facilitator.
struct GovernanceController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.governance(.key).pathComponents, use: show)
        routes.get(SiteURL.governanceMarkdown(.key).pathComponents, use: markdown)
        routes.get(SiteURL.governanceVersions(.key).pathComponents, use: history)
        routes.get(SiteURL.governanceVersion(.key, .key).pathComponents, use: version)
        routes.get(SiteURL.governanceEdit(.key).pathComponents, use: editForm)
        routes.post(SiteURL.governanceEdit(.key).pathComponents, use: publish)
    }

    @Sendable func show(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        let model = try await pageModel(req, version: nil)
        return HTMLPage(GovernancePage.View(model: model, context: PageContext(req)).html)
    }

    @Sendable func version(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        guard let number = req.parameters.get("version", as: Int.self) else {
            throw AppError.notFound(.init(es: "Versión no válida.", en: "Invalid version."))
        }
        let model = try await pageModel(req, version: number)
        return HTMLPage(GovernancePage.View(model: model, context: PageContext(req)).html)
    }

    @Sendable func history(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        let model = try await pageModel(req, version: nil)
        return HTMLPage(GovernancePage.HistoryView(model: model, context: PageContext(req)).html)
    }

    @Sendable func markdown(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        let model = try await pageModel(req, version: nil)
        let adopted = model.shown.createdAt.map { MexicanFormat.date($0) } ?? "—"
        let text = model.document.markdown(secretariatName: model.secretariatName, version: model.shown.version, adoptedOn: adopted)
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "markdown", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .contentDisposition, value: "inline; filename=\"mecanismo-\(model.slug)-v\(model.shown.version).md\"")
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }

    @Sendable func editForm(req: Request) async throws -> HTMLPage {
        let (stl, current) = try await editable(req)
        let sectors = try await SectorRecord.query(on: req.db).filter(\.$secretariat.$id == stl.requireID()).sort(\.$position).all()
        let model = GovernanceEditPage.Model(
            secretariatName: stl.name, slug: stl.slug, currentVersion: current?.version ?? 0,
            form: GovernanceForm(current?.document ?? .template(rule: stl.rule, ruleText: stl.ruleText)),
            sectors: sectors.map(\.sector))
        return HTMLPage(GovernanceEditPage.View(model: model, context: PageContext(req)).html)
    }

    @Sendable func publish(req: Request) async throws -> Response {
        let (stl, _) = try await editable(req)
        let form = try req.content.decode(GovernanceForm.self)
        let sectors = try await SectorRecord.query(on: req.db).filter(\.$secretariat.$id == stl.requireID()).all()
        let document = try form.document(sectors: sectors.map { SectorCode($0.code) })
        let note = try FieldCheck.required(form.note, "note", maxLength: 1000)
        try await GovernanceWrites.publish(document, note: note, in: stl, by: req.auditActor, on: req.db)
        return req.redirect(to: SiteURL.governance(.value(stl.slug)).path)
    }

    private func editable(_ req: Request) async throws -> (Secretariat, GovernanceVersion?) {
        let stl = try await Secretariat.find(slug: try req.parameters.require("slug"), on: req.db)
        try await req.require(.editGovernance(stl.requireID()))
        return (stl, try await GovernanceWrites.current(for: stl.requireID(), on: req.db))
    }

    private func pageModel(_ req: Request, version: Int?) async throws -> GovernancePage.Model {
        let stl = try await Secretariat.find(slug: try req.parameters.require("slug"), on: req.db)
        let versions = try await GovernanceVersion.query(on: req.db)
            .filter(\.$secretariat.$id == stl.requireID()).sort(\.$version, .descending).all()
        guard let shown = version.map({ n in versions.first { $0.version == n } }) ?? versions.first else {
            throw AppError.notFound(.init(
                es: "Este secretariado no tiene esa versión del mecanismo de gobernanza.",
                en: "This secretariat has no such version of the governance mechanism."))
        }
        return GovernancePage.Model(
            secretariatName: stl.name, slug: stl.slug, shown: shown, versions: versions,
            canEdit: try await req.can(.editGovernance(stl.requireID())),
            actorNames: try await AccountNames.byEmail(versions.map(\.author), on: req.db))
    }
}

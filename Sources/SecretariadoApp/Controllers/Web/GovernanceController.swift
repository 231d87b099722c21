import Fluent
import SecretariadoCore
import Vapor

/// The Mecanismo de Gobernanza pages: read by everyone; while the STL is being formed the
/// facilitator writes the text for the acta; once installed, the facilitator and the
/// representatives propose drafts that only a motion of the STL puts in force; an
/// administrator corrects typos. No page publishes a version in force.
struct GovernanceController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.governance(.key).pathComponents, use: show)
        routes.get(SiteURL.governanceMarkdown(.key).pathComponents, use: markdown)
        routes.get(SiteURL.governanceVersions(.key).pathComponents, use: history)
        routes.get(SiteURL.governanceVersion(.key, .key).pathComponents, use: version)
        routes.get(SiteURL.governanceEdit(.key).pathComponents, use: editForm)
        routes.post(SiteURL.governanceEdit(.key).pathComponents, use: publish)
        routes.get(SiteURL.governanceDrafts(.key).pathComponents, use: drafts)
        routes.get(SiteURL.governanceDraftNew(.key).pathComponents, use: proposalForm)
        routes.post(SiteURL.governanceDrafts(.key).pathComponents, use: propose)
        routes.get(SiteURL.governanceDraft(.key, .key).pathComponents, use: draft)
        routes.get(SiteURL.governanceCorrection(.key).pathComponents, use: correctionForm)
        routes.post(SiteURL.governanceCorrection(.key).pathComponents, use: correct)
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

    /// The text for the acta, while the STL is being formed; an installed STL's charter is
    /// changed by proposal, so this form sends there.
    @Sendable func editForm(req: Request) async throws -> Response {
        let (stl, current) = try await authorized(req) { .editGovernance($0) }
        if stl.status == .instalado {
            return req.redirect(to: SiteURL.governanceDraftNew(.value(stl.slug)).path)
        }
        return try await formPage(req, stl, current, mode: .installation).encodeResponse(for: req)
    }

    @Sendable func publish(req: Request) async throws -> Response {
        let (stl, _) = try await authorized(req) { .editGovernance($0) }
        let (document, note) = try await submitted(req, stl)
        try await GovernanceWrites.writeInstallationText(document, note: note, in: stl, by: req.auditActor, on: req.db)
        return req.redirect(to: SiteURL.governance(.value(stl.slug)).path)
    }

    @Sendable func drafts(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let drafts = try await GovernanceDraft.query(on: req.db).filter(\.$secretariat.$id == stl.requireID())
            .sort(\.$createdAt, .descending).all()
        let mayPropose = try await req.can(.proposeGovernance(stl.requireID()))
        return HTMLPage(
            GovernanceDraftPage.ListView(
                secretariatName: stl.name, slug: stl.slug, drafts: drafts,
                canPropose: stl.status == .instalado && mayPropose,
                context: PageContext(req)
            ).html)
    }

    @Sendable func proposalForm(req: Request) async throws -> Response {
        let (stl, current) = try await authorized(req) { .proposeGovernance($0) }
        if stl.status != .instalado {
            return req.redirect(to: SiteURL.governanceEdit(.value(stl.slug)).path)
        }
        return try await formPage(req, stl, current, mode: .proposal).encodeResponse(for: req)
    }

    @Sendable func propose(req: Request) async throws -> Response {
        let (stl, _) = try await authorized(req) { .proposeGovernance($0) }
        let (document, note) = try await submitted(req, stl)
        let draft = try await GovernanceWrites.propose(document, note: note, in: stl, by: req.auditActor, on: req.db)
        return req.redirect(to: SiteURL.governanceDraft(.value(stl.slug), .value(try draft.requireID())).path)
    }

    @Sendable func draft(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let (draft, base) = try await Self.draftWithBase(req, stl)
        let names = try await AccountNames.byEmail([draft.author], on: req.db)
        let model = GovernanceDraftPage.Model(
            secretariatName: stl.name, slug: stl.slug, draft: draft, baseVersion: base?.version ?? 0,
            diff: CharterDiff(from: base?.document ?? draft.document, to: draft.document),
            authorName: AccountNames.label(draft.author, names: names, role: PageContext(req).t("Secretariado", "Secretariat")))
        return HTMLPage(GovernanceDraftPage.View(model: model, context: PageContext(req)).html)
    }

    /// A draft and the version its diff is against: the one it was proposed on.
    static func draftWithBase(_ req: Request, _ stl: Secretariat) async throws -> (GovernanceDraft, GovernanceVersion?) {
        let draft = try await req.record(GovernanceDraft.self, "draftID", in: stl)
        let base = try await GovernanceVersion.query(on: req.db).filter(\.$secretariat.$id == stl.requireID())
            .filter(\.$version == draft.baseVersion).first()
        return (draft, base)
    }

    @Sendable func correctionForm(req: Request) async throws -> HTMLPage {
        let (stl, current) = try await authorized(req) { .correctGovernance($0) }
        guard current != nil else { throw GovernanceWrites.noCharter }
        return try await formPage(req, stl, current, mode: .correction)
    }

    @Sendable func correct(req: Request) async throws -> Response {
        let (stl, _) = try await authorized(req) { .correctGovernance($0) }
        let form = try req.content.decode(GovernanceForm.self)
        let sectors = try await SectorRecord.query(on: req.db).filter(\.$secretariat.$id == stl.requireID()).all()
        let document = try form.document(sectors: sectors.map { SectorCode($0.code) })
        try await GovernanceWrites.correct(document, reason: form.note, in: stl, by: req.auditActor, on: req.db)
        return req.redirect(to: SiteURL.governanceVersions(.value(stl.slug)).path)
    }

    private func formPage(_ req: Request, _ stl: Secretariat, _ current: GovernanceVersion?, mode: GovernanceEditPage.Mode) async throws -> HTMLPage {
        let sectors = try await SectorRecord.query(on: req.db).filter(\.$secretariat.$id == stl.requireID()).sort(\.$position).all()
        let model = GovernanceEditPage.Model(
            secretariatName: stl.name, slug: stl.slug, currentVersion: current?.version ?? 0,
            form: GovernanceForm(current?.document ?? .template(rule: stl.rule, ruleText: stl.ruleText)),
            sectors: sectors.map(\.sector), mode: mode)
        return HTMLPage(GovernanceEditPage.View(model: model, context: PageContext(req)).html)
    }

    private func submitted(_ req: Request, _ stl: Secretariat) async throws -> (GovernanceMechanism, String) {
        let form = try req.content.decode(GovernanceForm.self)
        let sectors = try await SectorRecord.query(on: req.db).filter(\.$secretariat.$id == stl.requireID()).all()
        let document = try form.document(sectors: sectors.map { SectorCode($0.code) })
        return (document, try FieldCheck.required(form.note, "note", maxLength: 1000))
    }

    private func authorized(_ req: Request, _ permission: (UUID) -> Permission) async throws -> (Secretariat, GovernanceVersion?) {
        let stl = try await req.stl(requiring: permission)
        return (stl, try await GovernanceWrites.current(for: stl.requireID(), on: req.db))
    }

    private func pageModel(_ req: Request, version: Int?) async throws -> GovernancePage.Model {
        let stl = try await req.stl()
        let versions = try await GovernanceVersion.query(on: req.db)
            .filter(\.$secretariat.$id == stl.requireID()).sort(\.$version, .descending).all()
        guard let shown = version.map({ n in versions.first { $0.version == n } }) ?? versions.first else {
            throw AppError.notFound(
                .init(
                    es: "Este secretariado no tiene esa versión del mecanismo de gobernanza.",
                    en: "This secretariat has no such version of the governance mechanism."))
        }
        let installed = stl.status == .instalado
        return GovernancePage.Model(
            secretariatName: stl.name, slug: stl.slug, shown: shown, versions: versions,
            canEdit: try await req.can(installed ? .proposeGovernance(stl.requireID()) : .editGovernance(stl.requireID())),
            isInstalled: installed,
            canCorrect: try await req.can(.correctGovernance(stl.requireID())),
            pendingDrafts: try await GovernanceWrites.pendingDrafts(for: stl.requireID(), on: req.db),
            actorNames: try await AccountNames.byEmail(versions.map(\.author), on: req.db))
    }
}

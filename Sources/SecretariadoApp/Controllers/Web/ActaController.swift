import Fluent
import SecretariadoCore
import Vapor

/// The acta de instalación as a printable page and as Markdown. Once issued, the stored
/// text is shown; before, a draft generated from the record.
struct ActaController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.installationActa(.key).pathComponents, use: show)
        routes.get(SiteURL.installationActaMarkdown(.key).pathComponents, use: markdown)
        routes.post(SiteURL.installationActaIssue(.key).pathComponents, use: issue)
    }

    @Sendable func show(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let text = try await text(for: stl, on: req)
        let model = ActaPage.Model(
            stl: stl, markdown: text.markdown, act: text.act,
            canIssue: try await req.can(.manageInstallation(stl.requireID())) && stl.status == .enFormacion,
            saved: req.wasSaved,
            actorNames: try await AccountNames.byEmail(text.act.map { [$0.issuedBy] } ?? [], on: req.db))
        return HTMLPage(ActaPage.View(model: model, context: PageContext(req)).html)
    }

    @Sendable func markdown(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let text = try await text(for: stl, on: req)
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "markdown", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .contentDisposition, value: "inline; filename=\"acta-\(stl.slug).md\"")
        let body = text.act == nil
            ? "> BORRADOR generado a partir del registro actual; el acta aún no se emite.\n\n" + text.markdown
            : text.markdown
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }

    @Sendable func issue(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.manageInstallation)
        _ = try await ActaWrites.issue(in: stl, by: req.auditActor, now: req.now, on: req.db)
        return req.savedRedirect(to: SiteURL.installationActa(.value(stl.slug)).path)
    }

    /// The issued acta, or a draft for an STL in formation; an STL installed before the
    /// platform has no acta here.
    private func text(for stl: Secretariat, on req: Request) async throws -> (markdown: String, act: InstallationAct?) {
        if let act = try await InstallationAct.query(on: req.db).filter(\.$secretariat.$id == stl.requireID()).first() {
            return (act.markdown, act)
        }
        guard stl.status == .enFormacion else {
            throw AppError.notFound(Localized(
                es: "\(stl.name) se instaló antes de llevar su registro en la plataforma: su acta de instalación no está aquí.",
                en: "\(stl.name) was installed before its record was kept on the platform: its installation act is not here."))
        }
        return (try await ActaBuilder.build(for: stl, on: CalendarDate.today(), on: req.db).markdown(), nil)
    }
}

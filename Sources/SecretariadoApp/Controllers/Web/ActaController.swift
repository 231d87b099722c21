import Fluent
import SecretariadoCore
import Vapor

/// The acta de instalación as a printable page and as Markdown, for every STL: once issued,
/// the stored text; before, a draft generated from the record; for an STL installed before
/// the platform, its uploaded historical acta, or word that it is not uploaded yet.
struct ActaController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.installationActa(.key).pathComponents, use: show)
        routes.get(SiteURL.installationActaMarkdown(.key).pathComponents, use: markdown)
        routes.post(SiteURL.installationActaIssue(.key).pathComponents, use: issue)
    }

    @Sendable func show(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let stlID = try stl.requireID()
        let acta = try await content(for: stl, on: req)
        let model = ActaPage.Model(
            stl: stl, availability: acta.availability, markdown: acta.markdown, act: acta.act, historical: acta.historical,
            canIssue: try await req.can(.manageInstallation(stlID)) && stl.status == .enFormacion,
            uploaders: ActaAvailability.uploadersText(in: stlID),
            canUpload: try await req.can(.manageInstallation(stlID)),
            saved: req.wasSaved,
            actorNames: try await AccountNames.byEmail(acta.act.map { [$0.issuedBy] } ?? [], on: req.db))
        return HTMLPage(ActaPage.View(model: model, context: PageContext(req)).html)
    }

    /// The same three answers as text: the acta's Markdown, or a note on where the
    /// historical file is, or that it is not uploaded yet.
    @Sendable func markdown(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let acta = try await content(for: stl, on: req)
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "markdown", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .contentDisposition, value: "inline; filename=\"acta-\(stl.slug).md\"")
        let name = MarkdownText.inline(stl.name)
        let body: String
        switch acta.availability {
        case .generated(issued: true):
            body = acta.markdown ?? ""
        case .generated(issued: false):
            body = "> BORRADOR generado a partir del registro actual; el acta aún no se emite.\n\n" + (acta.markdown ?? "")
        case .historical:
            let file = acta.historical
            body = """
                # Acta de instalación del Secretariado Técnico Local de \(name)

                \(name) se instaló antes de llevar su registro en la plataforma. Su acta es el documento firmado de entonces, que se conserva como archivo.

                - Archivo: \(MarkdownText.inline(file?.fileName ?? ""))
                - SHA-256: \(file?.sha256 ?? "")
                - Descarga: \(MailSite.absolute(file?.downloadPath ?? ""))

                """
        case .notUploaded:
            body = """
                # Acta de instalación del Secretariado Técnico Local de \(name)

                \(name) se instaló antes de llevar su registro en la plataforma, y su acta de instalación aún no se ha subido. Pueden subirla, como documento del paso 10 de la instalación: \(ActaAvailability.uploadersText(in: try stl.requireID()).es) de este STL.

                """
        }
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }

    @Sendable func issue(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.manageInstallation)
        _ = try await ActaWrites.issue(in: stl, by: req.auditActor, now: req.now, on: req.db)
        return req.savedRedirect(to: SiteURL.installationActa(.value(stl.slug)).path)
    }

    /// Which of the three answers the STL gets (`ActaAvailability`), with what it shows.
    private func content(for stl: Secretariat, on req: Request) async throws
        -> (availability: ActaAvailability, markdown: String?, act: InstallationAct?, historical: HistoricalActa?)
    {
        let act = try await InstallationAct.query(on: req.db).filter(\.$secretariat.$id == stl.requireID()).first()
        let historical = act == nil && stl.status != .enFormacion ? try await historicalActa(for: stl, on: req) : nil
        let availability = ActaAvailability.decide(
            inFormation: stl.status == .enFormacion, hasIssuedActa: act != nil, hasHistoricalActa: historical != nil)
        switch availability {
        case .generated(issued: true):
            return (availability, act?.markdown, act, nil)
        case .generated(issued: false):
            return (availability, try await ActaBuilder.build(for: stl, on: CalendarDate.today(), on: req.db).markdown(), nil, nil)
        case .historical, .notUploaded:
            return (availability, nil, nil, historical)
        }
    }

    /// The historical acta uploaded for an STL installed before the platform: the newest
    /// public document of that kind attached to the STL (installation step 10 takes it).
    func historicalActa(for stl: Secretariat, on req: Request) async throws -> HistoricalActa? {
        try await HistoricalActa.latest(of: stl, on: req.db)
    }
}

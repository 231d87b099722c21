import Fluent
import Vapor

/// Registers every route from `SiteURL` and `APIURL`. Each handler starts by asking
/// `AccessPolicy` for the permission its action needs (see `Permission`), in the STL of the
/// path through `req.stl(requiring:)`. A read of public pages asks for `readPublic` and,
/// when what it would show is not public yet (a session's drafts, an open election's
/// partial results), for the permission to read that too.
func routes(_ app: Application) throws {
    app.get(SiteURL.health.pathComponents) { _ in HTTPStatus.ok }
        .openAPI(.init(id: "health", summary: "El servidor responde", tag: "sistema", replies: [.init(status: 200, description: "OK", schema: nil)]))
    app.get(SiteURL.stylesheet.pathComponents) { _ -> Response in
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.css))
    }

    app.get(SiteURL.printScript.pathComponents) { _ -> Response in
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "javascript", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(string: PrintedDocument.script))
    }

    app.get(SiteURL.favicon.pathComponents) { _ -> Response in
        // Three bars, one per sector: the site's mark, drawn rather than stored.
        let svg =
            ##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect x="2" y="4" width="6" height="16" fill="#1f5fa8"/><rect x="9" y="4" width="6" height="16" fill="#2e7d32"/><rect x="16" y="4" width="6" height="16" fill="#7b3294"/></svg>"##
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "image", subType: "svg+xml")
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=86400")
        return Response(status: .ok, headers: headers, body: .init(string: svg))
    }

    let web = app.grouped(WebSessionMiddleware(), CSRFMiddleware())
    try web.register(collection: HomeController())
    try web.register(collection: AuthController())
    try web.register(collection: SecretariatController())
    try web.register(collection: ManageController())
    try web.register(collection: AdminController())
    try web.register(collection: AccountController())
    // Governance and analysis
    try web.register(collection: GovernanceController())
    try web.register(collection: AnalysisController())

    let api = app.grouped(TokenAuthenticator())
    try api.register(collection: SecretariatsAPIController())
    try api.register(collection: CompositionAPIController())
    try api.register(collection: AccountAPIController())
    // Governance and analysis
    try api.register(collection: AnalysisAPIController())
    try api.register(collection: GovernanceAPIController())
    // Open data and the API description
    try api.register(collection: OpenDataAPIController())
    // Installation of an STL
    try web.register(collection: InstallationController())
    try web.register(collection: PromoterController())
    try web.register(collection: OpenCallController())
    try web.register(collection: ElectionController())
    try web.register(collection: BallotController())
    try web.register(collection: FacilitatorSelectionController())
    try web.register(collection: ActaController())
    try api.register(collection: InstallationAPIController())
    // Sessions, voting, minutes and archive.
    try web.register(collection: SessionsController())
    try web.register(collection: SessionConductController())
    try web.register(collection: SessionRecordsController())
    try api.register(collection: SessionsAPIController())
    try api.register(collection: VotingAPIController())
    // Follow-up: agreements, action plan, finances and outreach.
    try web.register(collection: AgreementsController())
    try web.register(collection: ActionPlanController())
    try web.register(collection: FinancesController())
    try api.register(collection: AgreementsAPIController())
    try api.register(collection: ActionPlanAPIController())
    try api.register(collection: FinancesAPIController())
    // «Mi trabajo» and the confirmation pages of irreversible actions.
    try web.register(collection: MyWorkController())
    try web.register(collection: ConfirmController())
    // E-mail and in-app notices.
    try web.register(collection: MailAdminController())
    try web.register(collection: NoticesController())
    // Documents attached to records.
    try web.register(collection: DocumentsController())
    try api.register(collection: DocumentsAPIController())
    // Outside the CSRF check: mail clients post to it on their own (RFC 8058); its signed
    // link is the authorization.
    try app.register(collection: UnsubscribeController())
}

import Fluent
import Vapor

/// Registers every route from `SiteURL` and `APIURL`. Each handler starts by asking
/// `AccessPolicy` for exactly one permission (see `Permission`).
func routes(_ app: Application) throws {
    app.get(SiteURL.health.pathComponents) { _ in HTTPStatus.ok }
        .openAPI(.init(id: "health", summary: "El servidor responde", tag: "sistema", replies: [.init(status: 200, description: "OK", schema: nil)]))
    app.get(SiteURL.stylesheet.pathComponents) { _ -> Response in
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.css))
    }

    let web = app.grouped(app.sessions.middleware, User.sessionAuthenticator(), CSRFMiddleware())
    try web.register(collection: HomeController())
    try web.register(collection: AuthController())
    try web.register(collection: SecretariatController())
    try web.register(collection: ManageController())
    try web.register(collection: AdminController())
    try web.register(collection: AccountController())
    // Governance and analysis (issue 3)
    try web.register(collection: GovernanceController())
    try web.register(collection: AnalysisController())

    let api = app.grouped(TokenAuthenticator())
    try api.register(collection: SecretariatsAPIController())
    try api.register(collection: CompositionAPIController())
    // Governance and analysis (issue 3)
    try api.register(collection: AnalysisAPIController())
    // Open data and the API description (issue 7)
    try api.register(collection: OpenDataAPIController())
    // Installation of an STL (#6)
    try web.register(collection: InstallationController())
    try web.register(collection: PromoterController())
    try web.register(collection: OpenCallController())
    try web.register(collection: ElectionController())
    try web.register(collection: BallotController())
    try web.register(collection: FacilitatorSelectionController())
    try web.register(collection: ActaController())
    try api.register(collection: InstallationAPIController())
}

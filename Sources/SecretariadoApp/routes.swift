import Fluent
import Vapor

/// Registers every route from `SiteURL` and `APIURL`. Each handler starts by asking
/// `AccessPolicy` for exactly one permission (see `Permission`).
func routes(_ app: Application) throws {
    app.get(SiteURL.health.pathComponents) { _ in HTTPStatus.ok }
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

    let api = app.grouped(TokenAuthenticator())
    try api.register(collection: SecretariatsAPIController())
    try api.register(collection: CompositionAPIController())
    // Sessions, voting, minutes and archive (issue #4).
    try web.register(collection: SessionsController())
    try web.register(collection: SessionConductController())
    try web.register(collection: SessionRecordsController())
    try api.register(collection: SessionsAPIController())
    try api.register(collection: VotingAPIController())
}

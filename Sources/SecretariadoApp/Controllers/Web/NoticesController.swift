import Fluent
import SecretariadoCore
import Vapor

/// «Avisos»: the signed-in person's own notices and their e-mail preferences
/// (`.manageOwnAccount`; every query is filtered by the account, so nobody reaches another's).
struct NoticesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.notices.pathComponents, use: list)
        routes.post(SiteURL.noticeRead(.key).pathComponents, use: markRead)
        routes.post(SiteURL.noticesReadAll.pathComponents, use: markAllRead)
        routes.get(SiteURL.noticePreferences.pathComponents, use: preferences)
        routes.post(SiteURL.noticePreferences.pathComponents, use: savePreferences)
    }

    @Sendable func list(req: Request) async throws -> HTMLPage {
        try await req.require(.manageOwnAccount)
        let userID = try req.auth.require(User.self).requireID()
        let notices = try await Notice.query(on: req.db).filter(\.$user.$id == userID)
            .sort(\.$createdAt, .descending).limit(200).all()
        return HTMLPage(NoticesPage.View(notices: notices, context: PageContext(req)).html)
    }

    @Sendable func markRead(req: Request) async throws -> Response {
        try await req.require(.manageOwnAccount)
        let userID = try req.auth.require(User.self).requireID()
        try await NoticeWrites.markRead(try req.pathID("noticeID"), of: userID, on: req.db)
        return req.redirect(to: SiteURL.notices.path)
    }

    @Sendable func markAllRead(req: Request) async throws -> Response {
        try await req.require(.manageOwnAccount)
        let userID = try req.auth.require(User.self).requireID()
        try await NoticeWrites.markAllRead(of: userID, on: req.db)
        return req.redirect(to: SiteURL.notices.path)
    }

    @Sendable func preferences(req: Request) async throws -> HTMLPage {
        try await req.require(.manageOwnAccount)
        let userID = try req.auth.require(User.self).requireID()
        let stored = try await NotificationPreference.query(on: req.db).filter(\.$user.$id == userID).first()
        return HTMLPage(
            NoticePreferencesPage.View(
                language: stored?.messageLanguage ?? req.language, modes: stored?.modes ?? [:],
                saved: req.wasSaved, context: PageContext(req)
            ).html)
    }

    @Sendable func savePreferences(req: Request) async throws -> Response {
        try await req.require(.manageOwnAccount)
        let user = try req.auth.require(User.self)
        try await NoticeWrites.savePreferences(
            try req.content.decode(NoticeWrites.PreferencesInput.self), of: user.requireID(), by: req.auditActor, on: req.db)
        return req.savedRedirect(to: SiteURL.noticePreferences.path)
    }
}

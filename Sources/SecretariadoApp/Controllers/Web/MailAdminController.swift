import Fluent
import SecretariadoCore
import Vapor

/// `/admin/correo`: the outbox as the administrator sees it — every message with its status,
/// attempts and last error, one message in full, and «Reintentar» for a failed one.
struct MailAdminController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.adminMail.pathComponents, use: list)
        routes.get(SiteURL.adminMailMessage(.key).pathComponents, use: show)
        routes.post(SiteURL.adminMailRetry(.key).pathComponents, use: retry)
    }

    @Sendable func list(req: Request) async throws -> HTMLPage {
        try await req.require(.administerPlatform)
        let status = req.query[String.self, at: "estado"].flatMap(OutboxMessage.Status.init(rawValue:))
        var query = OutboxMessage.query(on: req.db).sort(\.$createdAt, .descending).limit(300)
        if let status { query = query.filter(\.$status == status) }
        let rows = try await query.all()
        var counts: [OutboxMessage.Status: Int] = [:]
        for candidate in OutboxMessage.Status.allCases {
            counts[candidate] = try await OutboxMessage.query(on: req.db).filter(\.$status == candidate).count()
        }
        return HTMLPage(
            AdminMailPage.View(
                rows: try rows.map(AdminMailPage.Row.init), filter: status, counts: counts, context: PageContext(req)
            ).html)
    }

    @Sendable func show(req: Request) async throws -> HTMLPage {
        try await req.require(.administerPlatform)
        let id = try req.pathID("messageID")
        guard let row = try await OutboxMessage.find(id, on: req.db) else { throw Abort(.notFound) }
        let attempts = try await MailAttempt.query(on: req.db).filter(\.$outbox.$id == id).sort(\.$at).all()
        let message = try? Outbox.decode(row)
        return HTMLPage(
            AdminMailMessagePage.View(
                row: try AdminMailPage.Row(row), message: message, attempts: attempts,
                retried: req.query[String.self, at: "reintentado"] != nil, context: PageContext(req),
                isSecret: NotificationKind(rawValue: row.kind)?.carriesSecret == true
            ).html)
    }

    @Sendable func retry(req: Request) async throws -> Response {
        try await req.require(.administerPlatform)
        let id = try req.pathID("messageID")
        try await Outbox.retry(id, by: req.auditActor, on: req.db)
        return req.redirect(to: SiteURL.adminMailMessage(.value(id)).path + "?reintentado=1")
    }
}

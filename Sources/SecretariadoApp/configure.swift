import Fluent
import Vapor

/// Configures database, middleware, routes and commands. Called by the executable and by
/// every test, so tests run the same stack users do.
public func configure(_ app: Application) async throws {
    // For end-to-end checks only (see `AppClock`): read once, here.
    app.clock = AppClock(offset: try AppClock.offset(fromEnvironment: Environment.get("SECRETARIADO_CLOCK_OFFSET")))
    try DatabaseSetup.use(for: app)
    app.migrations.add(AppMigrations.all)

    app.sessions.use(.fluent)
    app.sessions.configuration = SessionSetup.configuration(for: app)
    app.routes.defaultMaxBodySize = "1mb"
    // No client of ours sends compressed bodies, and the decompressor in every connection's
    // pipeline cost a tenth of a cached page's time (docs/benchmarks.md).
    app.http.server.configuration.requestDecompression = .disabled

    // Order matters: errors are rendered for everything below them, and security
    // headers are added even to error pages.
    app.middleware = Middlewares()
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(SiteErrorMiddleware(environment: app.environment))
    app.middleware.use(MethodNotAllowedMiddleware())
    app.middleware.use(LanguageMiddleware())
    // After the language is known (part of a cached page's key), before routing.
    app.middleware.use(PublicCacheMiddleware())
    // A page the cache did not answer learns whether it shows invented data.
    app.middleware.use(DemoNoticeMiddleware())

    try routes(app)
    Commands.register(in: app)
    // Performance at national scale: made once here, not raced for by requests.
    _ = app.publicCache
    _ = app.demoContent
    _ = app.voteBatcher
    _ = app.documentStore
    // Outgoing mail leaves through the SMTP server `SECRETARIADO_SMTP_URL` names; without
    // one, the outbox writes `.eml` files (`FileMailTransport`). A setting that cannot be
    // used stops the start with its reason rather than losing mail quietly.
    if let smtp = try MailSettings().smtp {
        app.mail.transport = SMTPMailTransport(configuration: smtp, eventLoopGroup: app.eventLoopGroup)
    }
}

import Fluent
import SecretariadoCore
import Vapor

/// `/api/v1/secretariats`: the public list and detail, and creation by administrators.
struct SecretariatsAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.secretariats.pathComponents, use: index).openAPI(.listSecretariats)
        routes.post(APIURL.secretariats.pathComponents, use: create).openAPI(.createSecretariat)
        routes.get(APIURL.secretariat(.key).pathComponents, use: show).openAPI(.showSecretariat)
        routes.get(APIURL.audit(.key).pathComponents, use: audit).openAPI(.auditLog)
    }

    @Sendable func index(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        let page = try PageRequest(from: req)
        return try await PublicCache.respond(req, following: .directory) {
            let (items, total) = try await SecretariatSummary.all(on: req.db, page: page)
            let demo = try await req.application.demoContent.snapshot(on: req.db)
            return try await Page(
                items: items.map { SecretariatListItem($0, demo: demo) }, metadata: .init(page: page.page, per: page.per, total: total)
            )
            .encodeResponse(for: req)
        }
    }

    @Sendable func show(req: Request) async throws -> SecretariatDTO {
        try await req.require(.readPublic)
        let detail = try await SecretariatDetail.load(slug: try req.parameters.require("slug"), on: req.db)
        let includePrivate = try await req.can(.readContactData(detail.id))
        return SecretariatDTO(detail, includePrivate: includePrivate, language: req.language)
    }

    @Sendable func create(req: Request) async throws -> Response {
        try await req.require(.administerPlatform)
        let stl = try await SecretariatWrites.create(try req.content.decode(SecretariatInput.self), by: req.auditActor, on: req.db)
        let detail = try await SecretariatDetail.load(slug: stl.slug, on: req.db)
        let response = try await SecretariatDTO(detail, includePrivate: true, language: req.language).encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: APIURL.secretariat(.value(stl.slug)).path)
        return response
    }

    struct AuditEntryDTO: Content {
        let at: Date
        let actor: String
        let action: String
        let entity: String
        let entityId: String?
        let summary: String
        let before: String?
        let after: String?
    }

    @Sendable func audit(req: Request) async throws -> Page<AuditEntryDTO> {
        let stl = try await req.stl(requiring: Permission.readAuditLog)
        let page = try PageRequest(from: req)
        let stlID = try stl.requireID()
        let query = AuditEntry.query(on: req.db).filter(\.$secretariatID == stlID)
        let total = try await query.count()
        let entries = try await query.copy().sort(\.$at, .descending)
            .range(page.offset..<(page.offset + page.per)).all()
        let redacting = !(try await req.can(.readContactData(stlID)))
        return Page(
            items: try await AuditEntryView.load(entries, redacting: redacting, on: req.db).map {
                AuditEntryDTO(
                    at: $0.at, actor: $0.actor, action: $0.action, entity: $0.entity,
                    entityId: $0.entityID, summary: $0.summary, before: $0.before, after: $0.after)
            },
            metadata: .init(page: page.page, per: page.per, total: total))
    }
}

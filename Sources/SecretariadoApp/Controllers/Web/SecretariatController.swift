import Fluent
import SecretariadoCore
import Vapor

struct SecretariatController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.secretariat(.key).pathComponents, use: show)
        routes.get(SiteURL.auditLog(.key).pathComponents, use: auditLog)
    }

    @Sendable func show(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        return try await PublicCache.respond(req, following: .secretariat(try req.parameters.require("slug"))) {
            let detail = try await SecretariatDetail.load(slug: try req.parameters.require("slug"), on: req.db)
            let model = SecretariatPage.Model(
                detail: detail,
                canManage: try await req.can(.readManagement(detail.id)),
                canReadAudit: try await req.can(.readAuditLog(detail.id)))
            return try await HTMLPage(SecretariatPage.View(model: model, context: PageContext(req)).html).encodeResponse(for: req)
        }
    }

    @Sendable func auditLog(req: Request) async throws -> HTMLPage {
        let stl = try await req.stl(requiring: Permission.readAuditLog)
        let entries = try await AuditEntry.query(on: req.db)
            .filter(\.$secretariatID == stl.requireID())
            .sort(\.$at, .descending).limit(500).all()
        let redacting = !(try await req.can(.readContactData(stl.requireID())))
        let model = AuditLogPage.Model(
            secretariatName: stl.name, slug: stl.slug,
            entries: try await AuditEntryView.load(entries, redacting: redacting, on: req.db), redacted: redacting)
        return HTMLPage(AuditLogPage.View(model: model, context: PageContext(req)).html)
    }
}

extension Secretariat {
    static func find(slug: String, on db: any Database) async throws -> Secretariat {
        guard let stl = try await Secretariat.query(on: db).filter(\.$slug == slug).first() else {
            throw AppError.secretariatNotFound(slug)
        }
        return stl
    }
}

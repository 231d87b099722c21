import Fluent
import FluentSQL
import SecretariadoCore
import Vapor

/// Platform administration. Every handler requires `.administerPlatform`, except the
/// platform's audit log, which national coordination reads too (`.readPlatformAudit`).
struct AdminController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.admin.pathComponents, use: show)
        routes.post(SiteURL.adminUsers.pathComponents, use: createUser)
        routes.get(SiteURL.adminUser(.key).pathComponents, use: user)
        routes.post(SiteURL.adminUserGrants(.key).pathComponents, use: grant)
        routes.post(SiteURL.adminUserGrantRevoke(.key, .key).pathComponents, use: revokeGrant)
        routes.post(SiteURL.adminSecretariats.pathComponents, use: createSecretariat)
        routes.get(SiteURL.adminAudit.pathComponents, use: audit)
    }

    @Sendable func audit(req: Request) async throws -> HTMLPage {
        try await req.require(.readPlatformAudit)
        let entries = try await AuditEntry.query(on: req.db).sort(\.$at, .descending).limit(500).all()
        let names = Dictionary(uniqueKeysWithValues: try await Secretariat.query(on: req.db).all().map { ($0.id!, $0.name) })
        let redacting = !(try await req.can(.administerPlatform))
        return HTMLPage(
            AuditLogPage.platform(
                entries: try await AuditEntryView.load(entries, redacting: redacting, on: req.db), names: names, context: PageContext(req)))
    }

    @Sendable func show(req: Request) async throws -> HTMLPage {
        try await req.require(.administerPlatform)
        return try await page(req, createdUser: nil)
    }

    struct UserForm: Content {
        var email: String?
        var name: String?
        var password: String?
    }

    @Sendable func createUser(req: Request) async throws -> HTMLPage {
        try await req.require(.administerPlatform)
        let form = try req.content.decode(UserForm.self)
        let (user, generated) = try await UserWrites.create(
            email: form.email, name: form.name, password: form.password, isAdmin: false,
            by: req.auditActor, on: req.db)
        // Rendered directly (not redirected) so a generated password is shown exactly once.
        return try await page(req, createdUser: (try user.requireID(), user.email, generated), saved: true)
    }

    @Sendable func user(req: Request) async throws -> HTMLPage {
        try await req.require(.administerPlatform)
        let user = try await account(req)
        let userID = try user.requireID()
        let grants = try await RoleGrant.query(on: req.db).filter(\.$user.$id == userID)
            .with(\.$secretariat).with(\.$seat).all()
        let sectorNames = try await AccountController.sectorNames(in: Set(grants.map { $0.$secretariat.id }), on: req.db)
        let rows =
            try grants
            .map { grant in
                AdminUserPage.Model.GrantRow(
                    id: try grant.requireID(),
                    line: AccountPage.RoleLine(
                        role: grant.role.label, stlName: grant.secretariat.name, stlSlug: grant.secretariat.slug,
                        sector: grant.sector.map {
                            sectorNames[.init(stl: grant.$secretariat.id, code: $0)] ?? Sector.displayName(of: SectorCode(rawValue: $0))
                        },
                        seatNumber: grant.seat?.number, holderRole: grant.holderRole?.label))
            }
            .sorted { ($0.line.stlName, $0.line.role.es) < ($1.line.stlName, $1.line.role.es) }
        let secretariats = try await Secretariat.query(on: req.db).sort(\.$name).all()
        let model = AdminUserPage.Model(
            id: userID, name: user.name, email: user.email, isAdmin: user.isAdmin, grants: rows,
            nationalGrants: try await NationalGrant.query(on: req.db).filter(\.$user.$id == userID).all()
                .map { (id: try $0.requireID(), role: $0.role.label) },
            secretariats: secretariats.map { ($0.slug, $0.name) },
            saved: req.wasSaved, revoked: req.query[String.self, at: "revocado"] != nil)
        return HTMLPage(AdminUserPage.View(model: model, context: PageContext(req)).html)
    }

    @Sendable func grant(req: Request) async throws -> Response {
        try await req.require(.administerPlatform)
        let user = try await account(req)
        _ = try await UserWrites.grantAny(try req.content.decode(UserWrites.GrantInput.self), to: user, by: req.auditActor, on: req.db)
        return req.savedRedirect(to: SiteURL.adminUser(.value(try user.requireID())).path)
    }

    @Sendable func revokeGrant(req: Request) async throws -> Response {
        try await req.require(.administerPlatform)
        let user = try await account(req)
        let userID = try user.requireID()
        try await UserWrites.revokeGrant(try req.pathID("grantID"), of: userID, by: req.auditActor, on: req.db)
        return req.redirect(to: SiteURL.adminUser(.value(userID)).path + "?revocado=1")
    }

    private func account(_ req: Request) async throws -> User {
        guard let id = req.parameters.get("userID", as: UUID.self), let user = try await User.find(id, on: req.db) else {
            throw AppError.notFound(UserWrites.noSuchAccount)
        }
        return user
    }

    @Sendable func createSecretariat(req: Request) async throws -> Response {
        try await req.require(.administerPlatform)
        let stl = try await SecretariatWrites.create(try req.content.decode(SecretariatInput.self), by: req.auditActor, on: req.db)
        return req.redirect(to: SiteURL.secretariat(.value(stl.slug)).path)
    }

    private func page(_ req: Request, createdUser: (UUID, String, String?)?, saved: Bool = false) async throws -> HTMLPage {
        let search = req.query[String.self, at: "q"]?.trimmingCharacters(in: .whitespaces).prefix(200)
        let q = search.flatMap { $0.isEmpty ? nil : String($0) }
        func filtered() -> QueryBuilder<User> {
            let query = User.query(on: req.db)
            if let q {
                // Names compared in lower case on both databases (PostgreSQL's LIKE is
                // case-sensitive); e-mails are stored in lower case already.
                let pattern = "%" + q.lowercased() + "%"
                query.group(.or) {
                    $0.filter(\.$email ~~ q.lowercased())
                    $0.filter(
                        .sql(
                            SQLBinaryExpression(
                                SQLFunction("lower", args: SQLColumn("name", table: User.schema)), .like, SQLBind(pattern))))
                }
            }
            return query
        }
        let total = try await filtered().count()
        let page = PortalPage(requested: req.query[Int.self, at: "pagina"], total: total)
        let users = try await filtered().sort(\.$email).range((page.number - 1) * PortalPage.size..<page.number * PortalPage.size).all()
        let ids = try users.map { try $0.requireID() }
        var roleCounts: [UUID: Int] = [:]
        if !ids.isEmpty {
            for userID in try await RoleGrant.query(on: req.db).filter(\.$user.$id ~~ ids).all(\.$user.$id) {
                roleCounts[userID, default: 0] += 1
            }
            for userID in try await NationalGrant.query(on: req.db).filter(\.$user.$id ~~ ids).all(\.$user.$id) {
                roleCounts[userID, default: 0] += 1
            }
        }
        let model = AdminPage.Model(
            users: try users.map { user in
                .init(
                    id: try user.requireID(), name: user.name, email: user.email, isAdmin: user.isAdmin,
                    roleCount: roleCounts[try user.requireID()] ?? 0)
            },
            query: q, page: page, total: total,
            createdUser: createdUser.map { (id: $0.0, email: $0.1, password: $0.2) },
            saved: saved || req.wasSaved)
        return HTMLPage(AdminPage.View(model: model, context: PageContext(req)).html)
    }
}

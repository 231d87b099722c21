import Fluent
import SecretariadoCore
import Vapor

/// Open data: the catalogue, CSV files, Popolo per STL, the governance charter, and the
/// API description itself. All public.
struct OpenDataAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(OpenDataURL.catalog.pathComponents, use: catalog).openAPI(.openDataCatalog)
        routes.get(OpenDataURL.secretariatsCSV.pathComponents, use: secretariatsCSV).openAPI(.secretariatsCSV)
        routes.get(OpenDataURL.membersCSV.pathComponents, use: membersCSV).openAPI(.membersCSV)
        routes.get(OpenDataURL.popolo(.key).pathComponents, use: popolo).openAPI(.popolo)
        routes.get(APIURL.governance(.key).pathComponents, use: governance).openAPI(.governance)
        routes.get(APIURL.governanceVersions(.key).pathComponents, use: governanceVersions).openAPI(.governanceVersions)
        routes.get(OpenDataURL.openAPI.pathComponents, use: openAPI)
        // Sessions, voting, minutes and archive.
        routes.get(OpenDataURL.agreementsCSV.pathComponents, use: agreementsCSV).openAPI(.agreementsCSV)
    }

    @Sendable func catalog(req: Request) async throws -> OpenDataCatalog {
        try await req.require(.readPublic)
        return try await OpenDataCatalog.build(on: req.db)
    }

    @Sendable func secretariatsCSV(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        return CSVExports.response(
            try await CSVExports.secretariats(on: req.db, demo: req.application.demoContent.snapshot(on: req.db)), filename: "secretariados.csv")
    }

    @Sendable func membersCSV(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        return CSVExports.response(try await CSVExports.members(on: req.db), filename: "integrantes.csv")
    }

    @Sendable func agreementsCSV(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        return CSVExports.response(try await CSVExports.agreements(on: req.db), filename: "acuerdos.csv")
    }

    @Sendable func popolo(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        return try await PublicCache.respond(req, following: .secretariat(try req.parameters.require("slug"))) {
            let detail = try await SecretariatDetail.load(slug: try req.parameters.require("slug"), on: req.db)
            return try await PopoloExport(detail, sessions: try await PopoloSessions.load(detail, on: req.db)).encodeResponse(for: req)
        }
    }

    struct GovernanceDTO: Content {
        let version: Int
        let note: String
        let author: String
        let createdAt: Date?
        /// How it came into force: `acta`, `mocion` (with the motion, its session and the
        /// vote's tally) or `correccion`.
        let origin: String?
        let motionId: UUID?
        let sessionId: UUID?
        let document: GovernanceMechanismBox
        let markdown: String
    }

    /// The charter as JSON; boxed so Vapor's `Content` needs no conformance in Core.
    struct GovernanceMechanismBox: Content {
        let value: SecretariadoCore.GovernanceMechanism
        init(_ value: SecretariadoCore.GovernanceMechanism) { self.value = value }
        init(from decoder: Decoder) throws { value = try .init(from: decoder) }
        func encode(to encoder: Encoder) throws { try value.encode(to: encoder) }
    }

    @Sendable func governance(req: Request) async throws -> GovernanceDTO {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        guard let current = try await GovernanceWrites.current(for: stl.requireID(), on: req.db) else {
            throw AppError.notFound(
                .init(es: "Este secretariado aún no tiene mecanismo de gobernanza.", en: "This secretariat has no governance mechanism yet."))
        }
        return Self.dto(current, stl: stl, names: try await AccountNames.byEmail([current.author], on: req.db))
    }

    @Sendable func governanceVersions(req: Request) async throws -> [GovernanceDTO] {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let versions = try await GovernanceVersion.query(on: req.db).filter(\.$secretariat.$id == stl.requireID())
            .sort(\.$version, .descending).all()
        let names = try await AccountNames.byEmail(versions.map(\.author), on: req.db)
        return versions.map { Self.dto($0, stl: stl, names: names) }
    }

    static func dto(_ version: GovernanceVersion, stl: Secretariat, names: [String: String]) -> GovernanceDTO {
        GovernanceDTO(
            version: version.version, note: version.note,
            author: AccountNames.label(version.author, names: names, role: "secretariado"), createdAt: version.createdAt,
            origin: version.origin?.rawValue, motionId: version.motionID, sessionId: version.sessionID,
            document: GovernanceMechanismBox(version.document),
            markdown: version.document.markdown(
                secretariatName: stl.name, version: version.version,
                adoptedOn: version.createdAt.map { MexicanFormat.date($0) } ?? "—"))
    }

    @Sendable func openAPI(req: Request) async throws -> Response {
        let data = try OpenAPIDocument.json(for: req.application.routes.all)
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}

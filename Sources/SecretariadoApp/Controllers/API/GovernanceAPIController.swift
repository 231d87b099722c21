import Fluent
import SecretariadoCore
import Vapor

/// Proposed versions of the Mecanismo de Gobernanza over the API. There is no route that
/// puts a version in force: a draft enters into force only through the close of a motion
/// that adopts it (`POST …/motions/{id}/close`).
struct GovernanceAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.governanceDrafts(.key).pathComponents, use: list).openAPI(.governanceDrafts)
        routes.post(APIURL.governanceDrafts(.key).pathComponents, use: propose).openAPI(.proposeGovernance)
        routes.get(APIURL.governanceDraft(.key, .key).pathComponents, use: show).openAPI(.governanceDraft)
    }

    struct DraftDTO: Content {
        struct Change: Content {
            let field: String
            let label: String
            let old: String
            let new: String
        }

        struct Line: Content {
            let kind: String
            let text: String
        }

        let id: UUID
        let baseVersion: Int
        let note: String
        let author: String
        let createdAt: Date?
        let status: String
        let adoptedVersion: Int?
        let document: OpenDataAPIController.GovernanceMechanismBox
        let changes: [Change]
        let diff: [Line]
    }

    @Sendable func list(req: Request) async throws -> [DraftDTO] {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let drafts = try await GovernanceDraft.query(on: req.db).filter(\.$secretariat.$id == stl.requireID())
            .sort(\.$createdAt, .descending).all()
        let versions = try await GovernanceVersion.query(on: req.db).filter(\.$secretariat.$id == stl.requireID()).all()
        let names = try await AccountNames.byEmail(drafts.map(\.author), on: req.db)
        return drafts.map { draft in
            Self.dto(draft, base: versions.first { $0.version == draft.baseVersion }, names: names, language: req.language)
        }
    }

    @Sendable func show(req: Request) async throws -> DraftDTO {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let draft = try await req.record(GovernanceDraft.self, in: stl)
        let base = try await GovernanceVersion.query(on: req.db).filter(\.$secretariat.$id == stl.requireID())
            .filter(\.$version == draft.baseVersion).first()
        return Self.dto(draft, base: base, names: try await AccountNames.byEmail([draft.author], on: req.db), language: req.language)
    }

    @Sendable func propose(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.proposeGovernance)
        let form = try req.content.decode(GovernanceForm.self)
        let sectors = try await SectorRecord.query(on: req.db).filter(\.$secretariat.$id == stl.requireID()).all()
        let document = try form.document(sectors: sectors.map { SectorCode($0.code) })
        let draft = try await GovernanceWrites.propose(document, note: form.note, in: stl, by: req.auditActor, on: req.db)
        let base = try await GovernanceVersion.query(on: req.db).filter(\.$secretariat.$id == stl.requireID())
            .filter(\.$version == draft.baseVersion).first()
        let dto = Self.dto(draft, base: base, names: try await AccountNames.byEmail([draft.author], on: req.db), language: req.language)
        let response = try await dto.encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: APIURL.governanceDraft(.value(stl.slug), .value(try draft.requireID())).path)
        return response
    }

    static func dto(_ draft: GovernanceDraft, base: GovernanceVersion?, names: [String: String], language: SecretariadoCore.Language) -> DraftDTO {
        let diff = CharterDiff(from: base?.document ?? draft.document, to: draft.document)
        return DraftDTO(
            id: draft.id!, baseVersion: draft.baseVersion, note: draft.note,
            author: AccountNames.label(draft.author, names: names, role: "secretariado"), createdAt: draft.createdAt,
            status: draft.status.rawValue, adoptedVersion: draft.adoptedVersion,
            document: .init(draft.document),
            changes: diff.fields.map { .init(field: $0.field, label: $0.label[language], old: $0.old[language], new: $0.new[language]) },
            diff: diff.lines.map { .init(kind: $0.kind.rawValue, text: $0.text) })
    }
}

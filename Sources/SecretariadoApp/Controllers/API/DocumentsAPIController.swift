import Fluent
import SecretariadoCore
import Vapor

/// `/api/v1/secretariats/{slug}/documents`: list a record's documents, download one,
/// attach one (the raw file as the body with `?name=`, or `multipart/form-data`).
struct DocumentsAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.documents(.key).pathComponents, use: list).openAPI(.listDocuments)
        routes.get(APIURL.document(.key, .key).pathComponents, use: download).openAPI(.downloadDocument)
        routes.on(.POST, APIURL.documentUpload(.key, .key, .key).pathComponents, body: .stream, use: upload).openAPI(.uploadDocument)
    }

    @Sendable func list(req: Request) async throws -> [DocumentDTO] {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        guard let raw = req.query[String.self, at: "kind"], let kind = DocumentTargetKind(rawValue: raw) else {
            throw AppError.invalid(
                field: "kind",
                Localized(
                    es: "Indica el tipo de registro: \(DocumentTargetKind.allCases.map(\.rawValue).joined(separator: ", ")).",
                    en: "Give the kind of record: \(DocumentTargetKind.allCases.map(\.rawValue).joined(separator: ", "))."))
        }
        guard let targetID = req.query[String.self, at: "targetId"].flatMap(UUID.init(uuidString:)) else {
            throw AppError.invalid(field: "targetId", Localized(es: "Indica el identificador del registro.", en: "Give the record's identifier."))
        }
        return try await DocumentDTO.list(req, kind: kind, targetID: targetID, in: stl)
    }

    @Sendable func download(req: Request) async throws -> Response {
        let stl = try await req.stl()
        return try await DocumentRequests.serve(try req.pathID(), in: stl, req: req)
    }

    @Sendable func upload(req: Request) async throws -> Response {
        let stl = try await req.stl()
        let (kind, targetID) = try await DocumentRequests.target(req, in: stl)
        let document = try await DocumentWrites.upload(
            try await DocumentRequests.upload(req, rawBody: true), to: kind, id: targetID, in: stl, by: req.sessionActor(),
            store: req.application.documentStore, limits: req.application.documentLimits, now: req.now, on: req.db)
        return try await DocumentDTO(document, slug: stl.slug).encodeResponse(status: .created, for: req)
    }
}

/// A document as the API lists it: never its bytes, which are at `url`.
struct DocumentDTO: Content {
    let id: UUID
    let kind: String
    let targetId: UUID
    let name: String
    let mediaType: String
    let size: Int64
    let sha256: String
    let isPublic: Bool
    let uploadedBy: String
    let uploadedAt: Date
    let supersedes: UUID?
    let url: String

    init(_ document: StoredDocument, slug: String) throws {
        let id = try document.requireID()
        self.id = id
        kind = document.targetKindRaw
        targetId = document.targetID
        name = document.name
        mediaType = document.type?.mediaType ?? document.typeRaw
        size = document.size
        sha256 = document.sha256
        isPublic = document.isPublic
        uploadedBy = document.uploadedBy
        uploadedAt = document.createdAt
        supersedes = document.supersedesID
        url = APIURL.document(.value(slug), .value(id)).path
    }

    /// The documents of one record that `req` may read.
    static func list(_ req: Request, kind: DocumentTargetKind, targetID: UUID, in stl: Secretariat) async throws -> [DocumentDTO] {
        let stlID = try stl.requireID()
        let principal = try await req.principal()
        return try await StoredDocument.query(on: req.db)
            .filter(\.$secretariat.$id == stlID)
            .filter(\.$targetKindRaw == kind.rawValue).filter(\.$targetID == targetID)
            .sort(\.$createdAt).all()
            .filter { DocumentAccess.mayRead(isPublic: $0.isPublic, kind: kind, stl: stlID, principal: principal) }
            .map { try DocumentDTO($0, slug: stl.slug) }
    }
}

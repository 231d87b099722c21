import Fluent
import SecretariadoCore
import Vapor

/// Attaching a document from a record's page, and serving any document.
struct DocumentsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        // Streamed: the CSRF check reads the body up to the documents' limit (`BodyLimit`).
        routes.on(.POST, SiteURL.documentUpload(.key, .key, .key).pathComponents, body: .stream, use: upload)
        routes.get(SiteURL.document(.key, .key).pathComponents, use: download)
    }

    @Sendable func upload(req: Request) async throws -> Response {
        let stl = try await req.stl()
        let (kind, targetID) = try await DocumentRequests.target(req, in: stl)
        let page = try await DocumentTargets.find(kind, targetID, in: stl, on: req.db).page
        do {
            let upload = try await DocumentRequests.upload(req, rawBody: false)
            _ = try await DocumentWrites.upload(
                upload, to: kind, id: targetID, in: stl, by: req.sessionActor(), store: req.application.documentStore,
                limits: req.application.documentLimits, now: req.now, on: req.db)
            return req.savedRedirect(to: page)
        } catch let error where DocumentRequests.isAboutInput(error) {
            // The record's page again, with the message above its upload form.
            let problem = ErrorDescription(error, language: req.language)
            if let response = await DocumentRequests.rerender(req, page: page, target: "\(kind.rawValue)/\(targetID)", problem: problem) {
                return response
            }
            throw error
        }
    }

    @Sendable func download(req: Request) async throws -> Response {
        let stl = try await req.stl()
        guard let id = req.parameters.get("documentID", as: UUID.self) else { throw DocumentRequests.notFound }
        return try await DocumentRequests.serve(id, in: stl, req: req)
    }
}

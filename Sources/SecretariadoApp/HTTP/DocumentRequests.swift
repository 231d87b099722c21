import Fluent
import SecretariadoCore
import Vapor

/// What the web and API document routes share: reading the target and the upload from a
/// request, serving a file safely, and answering a refused upload on the record's page.
enum DocumentRequests {
    static let notFound = AppError.notFound(Localized(es: "No existe ese documento.", en: "That document does not exist."))

    /// The target from the path, after checking that the person may attach to something in
    /// this STL at all (so nobody learns which records exist), then to this kind.
    static func target(_ req: Request, in stl: Secretariat) async throws -> (DocumentTargetKind, UUID) {
        let stlID = try stl.requireID()
        let principal = try await req.principal()
        let mayAttachAny = DocumentTargetKind.allCases.contains { AccessPolicy.allows(principal, $0.writePermission(stlID)) }
        guard mayAttachAny else {
            guard principal.isAuthenticated else { throw AppError.unauthenticated }
            throw AppError.forbidden
        }
        guard let raw = req.parameters.get("kind"), let kind = DocumentTargetKind(rawValue: raw),
            let targetID = req.parameters.get("targetID", as: UUID.self)
        else { throw DocumentTargets.notFound }
        try await req.require(kind.writePermission(stlID))
        return (kind, targetID)
    }

    /// The file and options from a `multipart/form-data` body (field `file`, optional
    /// `private` and `supersedes`), or — for the API — the raw body with `?name=`.
    static func upload(_ req: Request, rawBody: Bool) async throws -> DocumentUpload {
        let limits = req.application.documentLimits
        let body: ByteBuffer?
        do {
            body = try await req.body.collect(max: limits.perRequest).get()
        } catch let abort as any AbortError where abort.status == .payloadTooLarge {
            throw DocumentProblem.tooLarge(limits)
        }
        guard var body, body.readableBytes > 0 else { throw DocumentProblem.missing }
        if req.headers.contentType?.type == "multipart" {
            guard let form = MultipartBody(req) else {
                throw DocumentProblem(
                    status: .unprocessableEntity,
                    message: Localized(
                        es: "El formulario no llegó completo: vuelve a elegir el archivo y envíalo de nuevo.",
                        en: "The form did not arrive whole: choose the file again and send it again."))
            }
            guard let file = form.file("file"), !file.data.isEmpty else { throw DocumentProblem.missing }
            return DocumentUpload(
                bytes: [UInt8](file.data), clientName: file.filename,
                wantsPrivate: form.text("private").map { !$0.isEmpty && $0 != "false" && $0 != "0" } ?? false,
                supersedes: try supersedes(form.text("supersedes")))
        }
        // A web form without a file (sent as plain form fields) carries no document.
        guard rawBody else { throw DocumentProblem.missing }
        let wantsPrivate = req.query[String.self, at: "private"].map { $0 == "true" || $0 == "1" } ?? false
        return DocumentUpload(
            bytes: body.readBytes(length: body.readableBytes) ?? [], clientName: req.query[String.self, at: "name"],
            wantsPrivate: wantsPrivate, supersedes: try supersedes(req.query[String.self, at: "supersedes"]))
    }

    private static func supersedes(_ raw: String?) throws -> UUID? {
        guard let raw, !raw.isEmpty else { return nil }
        guard let id = UUID(uuidString: raw) else {
            throw AppError.invalid(
                field: "supersedes",
                Localized(
                    es: "La versión anterior indicada no es válida.", en: "The previous version given is not valid."))
        }
        return id
    }

    static func isAboutInput(_ error: any Error) -> Bool {
        switch error {
        case is DocumentProblem: true
        case let appError as AppError:
            switch appError {
            case .invalid, .conflict, .badRequest: true
            default: false
            }
        default: false
        }
    }

    /// The record's page rendered again for the same person, its status the upload's.
    static func rerender(_ request: Request, page: String, target: String, problem: ErrorDescription) async -> Response? {
        var headers = request.headers
        for name: HTTPHeaders.Name in [.contentType, .contentLength, .transferEncoding, .ifNoneMatch, .ifModifiedSince, .acceptEncoding, .expect] {
            headers.remove(name: name)
        }
        let rerender = Request(
            application: request.application, method: .GET, url: URI(path: page), version: request.version,
            headers: headers, collectedBody: nil, remoteAddress: request.remoteAddress, logger: request.logger, on: request.eventLoop)
        rerender.storage[DocumentProblemKey.self] = (target, problem.message)
        guard let response = try? await request.application.responder.respond(to: rerender).get(),
            response.status == .ok, response.headers.contentType == .html
        else { return nil }
        response.status = problem.status
        return response
    }

    /// The document, if `req` may read it: 404 to who may not (a private file's existence
    /// is not confirmed), the detected type, never sniffed, inline only for PDF and images
    /// and then sandboxed.
    static func serve(_ id: UUID, in stl: Secretariat, req: Request) async throws -> Response {
        let stlID = try stl.requireID()
        guard let document = try await StoredDocument.find(id, on: req.db), document.$secretariat.id == stlID,
            let kind = document.targetKind, let type = document.type
        else { throw notFound }
        let principal = try await req.principal()
        guard DocumentAccess.mayRead(isPublic: document.isPublic, kind: kind, stl: stlID, principal: principal) else {
            throw notFound
        }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .eTag, value: "\"\(document.sha256)\"")
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        let isPublic = document.isPublic && !kind.alwaysPrivate
        headers.replaceOrAdd(name: .cacheControl, value: isPublic ? "public, max-age=3600" : "private, no-store")
        if req.headers.first(name: .ifNoneMatch) == "\"\(document.sha256)\"" {
            return Response(status: .notModified, headers: headers)
        }
        guard let bytes = try await req.application.documentStore.get(sha256: document.sha256, on: req.db) else {
            req.logger.critical("Falta el archivo \(document.sha256) del documento \(id) en \(req.application.documentStore.describe).")
            throw AppError.unavailable(
                Localized(
                    es: "El archivo de este documento no está disponible ahora. Avisa a quien administra la plataforma.",
                    en: "This document's file is not available now. Tell the platform's administrators."), retryAfterSeconds: nil)
        }
        headers.replaceOrAdd(name: .contentType, value: type.mediaType)
        headers.replaceOrAdd(name: .contentDisposition, value: DocumentName.contentDisposition(document.name, inline: type.servedInline))
        // Even a PDF or image shown in the browser runs nothing from this origin.
        headers.replaceOrAdd(name: "Content-Security-Policy", value: "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'")
        return Response(status: .ok, headers: headers, body: .init(data: Data(bytes)))
    }
}

extension Application {
    private struct DocumentLimitsKey: StorageKey { typealias Value = DocumentLimits }

    /// `SECRETARIADO_MAX_FILE_MB`, read once; tests set their own.
    var documentLimits: DocumentLimits {
        get { storage[DocumentLimitsKey.self] ?? DocumentStorage.limits }
        set { storage[DocumentLimitsKey.self] = newValue }
    }
}

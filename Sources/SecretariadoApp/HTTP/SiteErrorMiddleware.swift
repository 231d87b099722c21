import FluentKit
import SecretariadoCore
import Vapor

/// Turns every error into a clear answer: JSON `{error, reason, field}` for the API, an
/// HTML page in the user's language for the site. Unexpected errors are logged and shown
/// as a generic 500 without internals.
struct SiteErrorMiddleware: AsyncMiddleware {
    let environment: Environment

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let problem = ErrorDescription(error, language: request.language)
            if problem.status == .internalServerError {
                request.logger.report(error: error)
            } else if StorageFailure.matches(error) {
                request.logger.critical(
                    "Almacenamiento sin escritura en \(StorageFailure.location): \(String(reflecting: error)). Libere espacio o corrija los permisos."
                )
            }
            if request.isAPI {
                return try problem.jsonResponse()
            }
            if problem.status == .unauthorized, request.method == .GET {
                let next = request.url.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"
                return request.redirect(to: SiteURL.login.path + "?next=\(next)")
            }
            if let page = await FormResubmission.page(for: error, problem, on: request) {
                return page
            }
            return try await ErrorPage.response(for: problem, on: request)
        }
    }
}

/// What a client is told about an error: status, message and (for bad input) the field.
struct ErrorDescription: Sendable {
    let status: HTTPResponseStatus
    let message: String
    let field: String?
    let headers: HTTPHeaders

    init(_ error: any Error, language: Language) {
        switch error {
        case let appError as AppError:
            status = appError.status
            message = appError.message[language]
            field = appError.field
            headers = appError.headers
        case let database as any DatabaseError where database.isConstraintFailure:
            // Two writes raced for something that must be unique (a seat's current holder,
            // a charter version): the loser is told to retry, nothing was half-written.
            status = .conflict
            message =
                language == .es
                ? "Otro cambio se guardó al mismo tiempo sobre este registro. Vuelve a cargar e inténtalo de nuevo."
                : "Another change to this record was saved at the same time. Reload and try again."
            field = nil
            headers = [:]
        case let problem as DocumentProblem:
            status = problem.status
            message = problem.message[language]
            field = "file"
            headers = [:]
        case let tooLarge as FormTooLarge where tooLarge.forDocument:
            status = .payloadTooLarge
            message =
                language == .es
                ? "El archivo supera el límite de \(BodyLimit.describe(tooLarge.limit)) por envío. No se guardó nada: redúcelo (por ejemplo, escanea a menor resolución o divide el documento) y vuelve a enviarlo."
                : "The file is over the limit of \(BodyLimit.describe(tooLarge.limit)) per upload. Nothing was saved: make it smaller (for example, scan at a lower resolution or split the document) and send it again."
            field = nil
            headers = [:]
        case let tooLarge as FormTooLarge:
            status = .payloadTooLarge
            let sent =
                tooLarge.size.map(BodyLimit.describe)
                ?? (language == .es ? "más de \(BodyLimit.describe(tooLarge.cap))" : "more than \(BodyLimit.describe(tooLarge.cap))")
            let limit = BodyLimit.describe(tooLarge.limit)
            message =
                language == .es
                ? "Lo enviado mide \(sent) y este formulario admite hasta \(limit). No se guardó nada. Tu texto no se ha perdido: vuelve a la página anterior con el botón «Atrás» del navegador, acórtalo (por ejemplo, pasa una parte a un anexo enlazado) y vuelve a enviarlo."
                : "What was sent is \(sent) and this form accepts up to \(limit). Nothing was saved. Your text is not lost: go back to the previous page with the browser's Back button, shorten it (for example, move a part to a linked annex) and send it again."
            field = nil
            headers = [:]
        case let storage where StorageFailure.matches(storage):
            status = .serviceUnavailable
            message = StorageFailure.message[language]
            field = nil
            headers = ["Retry-After": "60"]
        case let decoding as DecodingError:
            let described = DecodingErrorText(decoding)
            status = .badRequest
            message = described.message[language]
            field = described.field
            headers = [:]
        case let abort as any AbortError where abort.status.code < 500:
            status = abort.status
            message = Self.clientMessage(abort, language: language)
            field = nil
            headers = abort.headers
        default:
            status = .internalServerError
            message =
                language == .es
                ? "Ocurrió un error interno. No se guardó ningún cambio parcial; inténtalo de nuevo."
                : "An internal error occurred. No partial change was saved; please try again."
            field = nil
            headers = [:]
        }
    }

    private static func clientMessage(_ abort: any AbortError, language: Language) -> String {
        switch abort.status {
        case .notFound:
            language == .es ? "No encontramos esta página." : "We could not find this page."
        case .payloadTooLarge:
            language == .es ? "El contenido enviado es demasiado grande." : "The request body is too large."
        case .unsupportedMediaType:
            language == .es ? "Tipo de contenido no admitido; envía JSON." : "Unsupported content type; send JSON."
        default:
            abort.reason
        }
    }

    func jsonResponse() throws -> Response {
        struct Body: Content {
            let error: Bool
            let reason: String
            let field: String?
        }
        let response = Response(status: status, headers: headers)
        try response.content.encode(Body(error: true, reason: message, field: field))
        return response
    }
}

extension Request {
    var isAPI: Bool { url.path.hasPrefix("/api/") }
}

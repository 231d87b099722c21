import SecretariadoCore
import Vapor

/// A web form that could not be saved comes back as the same page, rendered again by its
/// own route (so the page's data is current), with everything the person typed in its
/// fields, a summary of the problems at the top and each message beside its field.
enum FormResubmission {
    /// The page to answer with, or `nil` when the error is not about the input or the form
    /// did not say which page it is on (then the plain error page is shown).
    static func page(for error: any Error, _ problem: ErrorDescription, on request: Request) async -> Response? {
        guard !request.isAPI, request.method != .GET, request.method != .HEAD, request.formState == nil,
            isAboutInput(error, problem),
            var state = FormState(sentIn: request, problem: problem),
            let page = FormState.pagePath(state.values[FormState.pageField]?.first)
        else { return nil }
        if let tooLarge = error as? FormTooLarge {
            state.errors = [tooLargeError(tooLarge, values: state.values, language: request.language)]
        }

        var headers = request.headers
        for name: HTTPHeaders.Name in [
            .contentType, .contentLength, .transferEncoding, .ifNoneMatch,
            .ifModifiedSince, .acceptEncoding, .expect,
        ] {
            headers.remove(name: name)
        }
        let rerender = Request(
            application: request.application, method: .GET, url: URI(path: page),
            version: request.version, headers: headers, collectedBody: nil,
            remoteAddress: request.remoteAddress, logger: request.logger, on: request.eventLoop)
        rerender.formState = state
        guard let response = try? await request.application.responder.respond(to: rerender).get(),
            response.status == .ok, response.headers.contentType == .html
        else { return nil }
        response.status = problem.status
        return response
    }

    private static func isAboutInput(_ error: any Error, _ problem: ErrorDescription) -> Bool {
        switch error {
        case is FormTooLarge: true
        case let appError as AppError:
            switch appError {
            case .invalid, .badRequest, .conflict: true
            default: false
            }
        case is DecodingError: true
        default: false
        }
    }

    /// The message for a body over its limit, beside the longest field (the likely cause).
    private static func tooLargeError(_ error: FormTooLarge, values: [String: [String]], language: SecretariadoCore.Language) -> FormState.FieldError
    {
        let longest = values.filter { !FormState.neverKept.contains($0.key) }
            .max { $0.value.joined().utf8.count < $1.value.joined().utf8.count }
        let sent = BodyLimit.describe(error.size ?? error.cap)
        let limit = BodyLimit.describe(error.limit)
        return .init(
            field: longest?.key,
            message: language == .es
                ? "Lo enviado mide \(sent) y este formulario admite hasta \(limit). No se guardó nada y tu texto sigue aquí: acórtalo (por ejemplo, pasa una parte a un anexo enlazado) y vuelve a enviarlo."
                : "What was sent is \(sent) and this form accepts up to \(limit). Nothing was saved and your text is still here: shorten it (for example, move a part to a linked annex) and send it again."
        )
    }
}

import SecretariadoCore
import Vapor

/// The domain's errors. Every failure a user can cause maps to one of these, so the
/// error middleware can answer with a clear 4xx in the user's language, never a 500.
enum AppError: Error, Sendable {
    case notFound(Localized)
    case unauthenticated
    case forbidden
    /// Refused for a reason the person can act on (e.g. their seat term ended).
    case forbiddenBecause(Localized)
    /// A field of the input is wrong; `field` is its name in the form or JSON body.
    case invalid(field: String, Localized)
    case badRequest(Localized)
    case conflict(field: String?, Localized)
    case csrfMismatch
    case tooManyRequests(retryAfterSeconds: Int)
    /// The server cannot do it now (storage full, a deadline passed); nothing was saved.
    case unavailable(Localized, retryAfterSeconds: Int?)

    var status: HTTPResponseStatus {
        switch self {
        case .notFound: .notFound
        case .unauthenticated: .unauthorized
        case .forbidden, .forbiddenBecause, .csrfMismatch: .forbidden
        case .invalid: .unprocessableEntity
        case .badRequest: .badRequest
        case .conflict: .conflict
        case .tooManyRequests: .tooManyRequests
        case .unavailable: .serviceUnavailable
        }
    }

    var field: String? {
        switch self {
        case .invalid(let field, _): field
        case .conflict(let field, _): field
        default: nil
        }
    }

    var message: Localized {
        switch self {
        case .notFound(let what): what
        case .unauthenticated:
            Localized(es: "Inicia sesión para continuar.", en: "Sign in to continue.")
        case .forbidden:
            Localized(
                es: "No tienes permiso para hacer esto en este secretariado.",
                en: "You are not allowed to do this in this secretariat.")
        case .invalid(_, let message), .badRequest(let message), .conflict(_, let message), .unavailable(let message, _),
            .forbiddenBecause(let message):
            message
        case .csrfMismatch:
            Localized(
                es: "El formulario caducó o no proviene de este sitio. Vuelve a cargar la página e inténtalo de nuevo.",
                en: "The form expired or did not come from this site. Reload the page and try again.")
        case .tooManyRequests(let seconds):
            Localized(
                es: "Demasiados intentos. Espera \(seconds) segundos e inténtalo de nuevo.",
                en: "Too many attempts. Wait \(seconds) seconds and try again.")
        }
    }

    static func secretariatNotFound(_ slug: String) -> AppError {
        .notFound(
            Localized(
                es: "No existe un secretariado con el identificador «\(slug)».",
                en: "There is no secretariat with the identifier “\(slug)”."))
    }

    static func required(_ field: String) -> AppError {
        .invalid(
            field: field,
            Localized(
                es: "El campo «\(field)» es obligatorio.", en: "The field “\(field)” is required."))
    }
}

extension AppError: AbortError {
    var reason: String { message.es }
    var headers: HTTPHeaders {
        if case .tooManyRequests(let seconds) = self { return ["Retry-After": "\(seconds)"] }
        if case .unavailable(_, let seconds?) = self { return ["Retry-After": "\(seconds)"] }
        return [:]
    }
}

import Fluent
import SecretariadoCore
import Vapor

/// Who performs a session write: the audit actor, the user (for grants and seats) and
/// the name shown in the record (never the e-mail).
struct SessionActor: Sendable {
    let audit: AuditLog.Actor
    let userID: UUID?
    let name: String
    let principal: Principal

    /// Demo loads and commands.
    static func system(name: String) -> SessionActor {
        SessionActor(audit: .system, userID: nil, name: name, principal: Principal(userID: nil, isAdmin: true, grants: []))
    }
}

extension Request {
    func sessionActor() async throws -> SessionActor {
        let principal = try await principal()
        return SessionActor(
            audit: auditActor, userID: currentUser?.id, name: currentUser?.name ?? "sistema",
            principal: principal)
    }
}

/// A refusal with its reason: the caller is who they say, but the rules do not let them
/// do this now (a suplente whose titular attended, a seat that did not attend…). 403.
struct Refusal: AbortError, Sendable {
    let message: Localized
    var status: HTTPResponseStatus { .forbidden }
    var reason: String { message.es }

    init(_ es: String, _ en: String) {
        message = Localized(es: es, en: en)
    }
}

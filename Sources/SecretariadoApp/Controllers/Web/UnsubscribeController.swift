import Fluent
import SecretariadoCore
import Vapor

/// One-click unsubscribe (RFC 8058) from a link in an e-mail. No sign-in and no CSRF token:
/// mail clients POST `List-Unsubscribe=One-Click` on their own. The link's signature is the
/// authorization, and it allows only turning off one kind of e-mail for one account; a GET
/// only asks for confirmation, so a link scanner that follows links changes nothing.
struct UnsubscribeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.unsubscribe(.key, .key, .key).pathComponents, use: confirm)
        routes.post(SiteURL.unsubscribe(.key, .key, .key).pathComponents, use: unsubscribe)
    }

    private func verified(_ req: Request) async throws -> (UUID, NotificationKind) {
        guard let userID = req.parameters.get("userID", as: UUID.self),
            let kind = req.parameters.get("kind").flatMap(NotificationKind.init(rawValue:)), kind.isConfigurable,
            let signature = req.parameters.get("signature"),
            let key = try await UnsubscribeLinks.existingKey(on: req.db),
            UnsubscribeLinks.isValid(user: userID, kind: kind, signature: signature, key: key)
        else {
            throw AppError.notFound(
                Localized(
                    es: "Este enlace para dejar de recibir correos no es válido.",
                    en: "This unsubscribe link is not valid."))
        }
        return (userID, kind)
    }

    @Sendable func confirm(req: Request) async throws -> HTMLPage {
        let (_, kind) = try await verified(req)
        return HTMLPage(UnsubscribePage.View(kind: kind, done: false, action: req.url.path, context: PageContext(req)).html)
    }

    @Sendable func unsubscribe(req: Request) async throws -> HTMLPage {
        let (userID, kind) = try await verified(req)
        try await NoticeWrites.unsubscribe(userID, from: kind, on: req.db)
        return HTMLPage(UnsubscribePage.View(kind: kind, done: true, action: req.url.path, context: PageContext(req)).html)
    }
}

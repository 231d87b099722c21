import Fluent
import Foundation
import SecretariadoCore

/// Changes to an account's access, told to the account itself, always at once: if someone
/// else made them, the owner learns of it from a message they did not expect.
enum SecurityNotices {
    enum Change: Sendable {
        case passwordChanged
        case tokenCreated(name: String)
        case roleGranted(Localized)
    }

    static func tell(_ change: Change, to userID: UUID, now: Date = Date(), on db: any Database) async throws {
        let recipients = try await AccountAudience.candidates([userID], on: db)
        try await Notifier.notify(.security, to: recipients, now: now, on: db) { _, language in
            let es = language == .es
            let warning =
                es
                ? "\nSi no fuiste tú, avisa de inmediato a quien administra la plataforma."
                : "\nIf this was not you, tell the platform's administrator at once."
            switch change {
            case .passwordChanged:
                return .init(
                    subject: es ? "Se cambió la contraseña de tu cuenta" : "Your account's password was changed",
                    text: (es
                        ? "La contraseña de tu cuenta cambió; se cerraron tus otras sesiones y se revocaron tus tokens de la API."
                        : "Your account's password changed; your other sessions were closed and your API tokens revoked.") + warning,
                    link: SiteURL.account.path)
            case .tokenCreated(let name):
                return .init(
                    subject: es ? "Nuevo token de la API en tu cuenta" : "New API token on your account",
                    text: (es ? "Se creó el token de la API «\(name)» en tu cuenta." : "The API token “\(name)” was created on your account.")
                        + warning,
                    link: SiteURL.accountTokens.path)
            case .roleGranted(let role):
                return .init(
                    subject: es ? "Nuevo rol en tu cuenta" : "New role on your account",
                    text: (es ? "Tu cuenta recibió el rol: \(role.es)." : "Your account was granted the role: \(role.en).") + warning,
                    link: SiteURL.account.path)
            }
        }
    }
}

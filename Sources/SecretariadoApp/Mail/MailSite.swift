import Foundation
import SecretariadoCore
import Vapor

/// Where the platform's messages come from and where their links point, read from the
/// environment: the writes that enqueue mail run with a database only, not the application.
/// (How mail leaves — the SMTP server — is `MailSettings`.)
enum MailSite {
    /// `SECRETARIADO_MAIL_FROM` (`avisos@estado.gob.mx` or `Secretariado <avisos@…>`), read as
    /// `MailSettings` reads it, else a local address.
    static var from: MailMessage.Address {
        Environment.get(MailSettings.fromVariable).flatMap(MailSettings.parseAddress)
            ?? MailMessage.Address(email: "avisos@\(host)", name: "Secretariado")
    }

    /// The site's public address without a final slash (`SECRETARIADO_PUBLIC_URL`), the same
    /// setting the calendar feed and secure cookies read.
    static var baseURL: String {
        let base = Environment.get("SECRETARIADO_PUBLIC_URL") ?? "http://localhost:8080"
        return base.hasSuffix("/") ? String(base.dropLast()) : base
    }

    /// The host of `baseURL`, which names Message-IDs so they are unique to this site.
    static var host: String {
        URL(string: baseURL)?.host ?? "localhost"
    }

    /// Where `FileMailTransport` writes (`SECRETARIADO_MAIL_DIR`, else `./correo`).
    static var directory: String {
        Environment.get("SECRETARIADO_MAIL_DIR") ?? "correo"
    }

    static func absolute(_ path: String) -> String { baseURL + path }

    static func newMessageID() -> String {
        "\(UUID().uuidString.lowercased())@\(host)"
    }
}

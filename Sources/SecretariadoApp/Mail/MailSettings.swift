import SecretariadoCore
import SecretariadoMail
import Vapor

/// Outgoing mail from the environment: `SECRETARIADO_SMTP_URL` (`smtp://user:password@host:587`
/// with STARTTLS, `smtps://…:465`, `smtp://localhost:2525` without credentials),
/// `SECRETARIADO_MAIL_FROM` (`secretariado@localhost` when unset; `Name <address>` or a bare
/// address) and `SECRETARIADO_SMTP_CA_FILE` (a PEM file of a private CA to trust besides the
/// system's). Without an SMTP URL `smtp` is nil: mail is not sent by SMTP.
struct MailSettings: Sendable {
    static let smtpURLVariable = "SECRETARIADO_SMTP_URL"
    static let fromVariable = "SECRETARIADO_MAIL_FROM"
    static let caFileVariable = "SECRETARIADO_SMTP_CA_FILE"
    static let defaultFrom = "secretariado@localhost"

    let smtp: SMTPConfiguration?
    let from: MailMessage.Address

    init(smtp: SMTPConfiguration?, from: MailMessage.Address) {
        self.smtp = smtp
        self.from = from
    }

    /// Reads the three variables through `get`; an unusable value is an error that names
    /// the variable, never a silent fallback.
    init(get: (String) -> String? = { Environment.get($0) }) throws(MailSettingsError) {
        func value(_ name: String) -> String? {
            get(name).flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        }
        var smtp: SMTPConfiguration?
        if let url = value(Self.smtpURLVariable) {
            do {
                smtp = try SMTPConfiguration(url: url, trustedCAFile: value(Self.caFileVariable))
            } catch {
                throw MailSettingsError("\(Self.smtpURLVariable): \(error)")
            }
        }
        let fromText = value(Self.fromVariable) ?? Self.defaultFrom
        guard let from = Self.parseAddress(fromText) else {
            throw MailSettingsError(
                "\(Self.fromVariable): «\(fromText)» is not an address like secretariado@example.org or Name <secretariado@example.org>")
        }
        self.init(smtp: smtp, from: from)
    }

    /// `address` or `Display Name <address>`, the address checked.
    static func parseAddress(_ text: String) -> MailMessage.Address? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") {
            let email = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
            var name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
            if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 { name = String(name.dropFirst().dropLast()) }
            guard MailAddressSyntax.isValid(email) else { return nil }
            return MailMessage.Address(email: email, name: name.isEmpty ? nil : name)
        }
        return MailAddressSyntax.isValid(trimmed) ? MailMessage.Address(email: trimmed) : nil
    }
}

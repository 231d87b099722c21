import Foundation
import SecretariadoCore
import Vapor

/// `secretariado mail test ADDRESS`: sends one message through the configured SMTP server
/// and prints its answer, so an installation can check its mail settings before relying on
/// them. Exit status 2 when no SMTP is configured or the input is unusable, 1 when the
/// server or the network refuses.
struct MailTestCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "address", help: "Correo que recibe el mensaje de prueba")
        var address: String
    }

    var help: String { "Envía un mensaje de prueba por el SMTP configurado (SECRETARIADO_SMTP_URL): secretariado mail test CORREO" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let settings: MailSettings
        do {
            settings = try MailSettings()
        } catch {
            throw CommandFailure("Configuración de correo no válida: \(error)")
        }
        let answer = try await Self.send(to: signature.address, settings: settings, eventLoopGroup: context.application.eventLoopGroup) {
            context.console.print($0)
        }
        context.console.print("El servidor respondió: \(answer)")
    }

    /// Sends the test message and returns the server's answer; every refusal is a
    /// `CommandFailure` whose message says what to fix.
    static func send(
        to address: String, settings: MailSettings, eventLoopGroup: any EventLoopGroup, now: Date = Date(),
        progress: (String) -> Void = { _ in }
    ) async throws -> String {
        guard let smtp = settings.smtp else {
            throw CommandFailure(
                "No hay servidor SMTP configurado: defina \(MailSettings.smtpURLVariable) "
                    + "(por ejemplo smtp://usuario:contraseña@servidor:587 o smtps://usuario:contraseña@servidor:465).")
        }
        do {
            try MailAddressSyntax.check(address)
        } catch {
            throw CommandFailure("Dirección no válida: \(error)")
        }
        progress("Enviando un mensaje de prueba a \(address) por \(smtp) …")
        do {
            return try await SMTPMailTransport(configuration: smtp, eventLoopGroup: eventLoopGroup)
                .deliver(message(to: address, from: settings.from, now: now))
        } catch let error as MailDeliveryError {
            throw CommandFailure("No se pudo enviar (\(error.permanent ? "rechazo permanente" : "fallo temporal")): \(error.reason)", exitCode: 1)
        }
    }

    static func message(to address: String, from: MailMessage.Address, now: Date) -> MailMessage {
        let domain = from.email.split(separator: "@").last.map(String.init) ?? "localhost"
        return MailMessage(
            from: from, to: [.init(email: address)],
            subject: "Prueba de correo de Secretariado",
            text: """
                Este es un mensaje de prueba de Secretariado: el servidor de correo configurado funciona.
                No requiere respuesta.

                This is a test message from Secretariado: the configured mail server works.
                No reply is needed.
                """,
            messageID: "prueba-\(UUID().uuidString.lowercased())@\(domain)", date: now)
    }
}

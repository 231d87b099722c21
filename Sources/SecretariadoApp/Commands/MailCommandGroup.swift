import Vapor

/// `secretariado mail …`: outgoing mail from the shell — a test message through the
/// configured SMTP server, and the outbox (list, retry).
struct MailCommandGroup: AsyncCommandGroup {
    var commands: [String: any AnyAsyncCommand] {
        MailOutboxCommands.all.merging(["test": MailTestCommand()]) { kept, _ in kept }
    }

    var help: String {
        "Correo: mail test CORREO (un mensaje de prueba por el SMTP configurado) | mail list [--status pendiente|enviado|fallido] [--limit N] | mail retry ID"
    }
}

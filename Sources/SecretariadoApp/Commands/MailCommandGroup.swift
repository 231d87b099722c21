import Vapor

/// `secretariado mail …`: outgoing mail from the shell.
struct MailCommandGroup: AsyncCommandGroup {
    var commands: [String: any AnyAsyncCommand] { ["test": MailTestCommand()] }
    var help: String { "Correo saliente: mail test CORREO (envía un mensaje de prueba por el SMTP configurado)" }
}

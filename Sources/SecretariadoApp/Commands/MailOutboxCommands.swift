import Fluent
import SecretariadoCore
import Vapor

/// `secretariado mail list [--status S] [--limit N]` and `secretariado mail retry ID`: the
/// outbox from the shell. `MailOutboxCommands.all` is the subcommand table of `mail`, so that
/// other `mail` subcommands join it in one group (`MailCommandGroup`).
enum MailOutboxCommands {
    static var all: [String: any AnyAsyncCommand] {
        ["list": MailListCommand(), "retry": MailRetryCommand()]
    }

    /// One line per message, newest first: id, status, attempts, kind, recipient, last error.
    static func list(status: String?, limit: Int, on db: any Database) async throws -> [String] {
        var query = OutboxMessage.query(on: db).sort(\.$createdAt, .descending).limit(max(1, min(limit, 10_000)))
        if let status {
            guard let parsed = OutboxMessage.Status(rawValue: status) else {
                throw CommandFailure("Estado desconocido «\(status)»: usa pendiente, enviado o fallido.")
            }
            query = query.filter(\.$status == parsed)
        }
        return try await query.all().map { row in
            [
                row.id?.uuidString ?? "", row.status.rawValue, "\(row.attempts)", row.kind, row.recipient,
                RecordTime.timestamp(row.createdAt), row.lastError ?? "",
            ].joined(separator: "\t")
        }
    }

    static func retry(_ id: String, on db: any Database) async throws -> String {
        guard let uuid = UUID(uuidString: id) else { throw CommandFailure("«\(id)» no es un identificador de mensaje.") }
        do {
            try await Outbox.retry(uuid, by: .system, on: db)
        } catch let error as AppError {
            throw CommandFailure(error.message.es)
        } catch let abort as Abort where abort.status == .notFound {
            throw CommandFailure("No hay un mensaje con el identificador \(id).")
        }
        return "Mensaje \(id) de nuevo en cola."
    }
}

struct MailListCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "status", help: "pendiente | enviado | fallido")
        var status: String?
        @Option(name: "limit", help: "Cuántos mensajes (100 si falta)")
        var limit: Int?
    }

    var help: String { "Lista los mensajes del correo saliente, los más recientes primero." }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await context.application.autoMigrate()
        let lines = try await MailOutboxCommands.list(status: signature.status, limit: signature.limit ?? 100, on: context.application.db)
        context.console.print("id\testado\tintentos\ttipo\tdestinatario\tcreado\túltimo error")
        for line in lines { context.console.print(line) }
    }
}

struct MailRetryCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "id", help: "Identificador del mensaje fallido (mail list --status fallido)")
        var id: String
    }

    var help: String { "Vuelve a poner en cola un mensaje fallido." }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await context.application.autoMigrate()
        context.console.print(try await MailOutboxCommands.retry(signature.id, on: context.application.db))
    }
}

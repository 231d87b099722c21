import Fluent
import Vapor

/// `secretariado backup FILE`: an online, consistent copy of the SQLite database.
struct BackupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "Archivo de destino (no debe existir)")
        var file: String
    }

    var help: String { "Respalda la base SQLite en un archivo (con PostgreSQL indica cómo usar pg_dump)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard !DatabaseSetup.usesPostgres else { throw CommandFailure(Backup.postgresAdvice) }
        try await Backup.backup(context.application.db, to: signature.file)
        let files = try await DocumentBackup.copyFiles(named: signature.file, from: context.application.documentStore, on: context.application.db)
        context.console.print(
            "Respaldo escrito en \(signature.file)"
                + (files == 0 ? "." : ", con \(files) archivos en \(DocumentBackup.folder(for: signature.file).path)."))
    }
}

/// `secretariado restore FILE`: replaces the SQLite database with a checked backup.
struct RestoreCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "Respaldo hecho con `secretariado backup`")
        var file: String
    }

    var help: String { "Restaura la base SQLite desde un respaldo (detén antes el servidor)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard !DatabaseSetup.usesPostgres else { throw CommandFailure(Backup.postgresAdvice) }
        try await Backup.verify(signature.file)
        let files = try await DocumentBackup.restoreFiles(from: signature.file, into: context.application.documentStore, on: context.application.db)
        try await Backup.restore(from: signature.file, to: DatabaseSetup.sqlitePath)
        context.console.print(
            "Base de datos \(DatabaseSetup.sqlitePath) restaurada desde \(signature.file)" + (files == 0 ? "." : ", con \(files) archivos."))
    }
}

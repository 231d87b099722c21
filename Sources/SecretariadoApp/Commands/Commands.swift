import Vapor

/// The `secretariado` subcommands besides Vapor's own (`serve`, `migrate`, `routes`).
enum Commands {
    static func register(in app: Application) {
        app.asyncCommands.use(DemoCommand(), as: "demo")
        app.asyncCommands.use(UsersCommand(), as: "users")
        // Governance and analysis
        app.asyncCommands.use(AnalyzeCommand(), as: "analyze")
        // Backups
        app.asyncCommands.use(BackupCommand(), as: "backup")
        app.asyncCommands.use(RestoreCommand(), as: "restore")
        // Sessions, voting, minutes and archive.
        app.asyncCommands.use(VerifyCommand(), as: "verify")
        // Performance at national scale.
        app.asyncCommands.use(BenchCommand(), as: "bench")
        // Outgoing mail: a test message, the outbox.
        app.asyncCommands.use(MailCommandGroup(), as: "mail")
    }
}

/// A failure the user can fix: printed as one clear line, exit status 2.
public struct CommandFailure: Error, CustomStringConvertible, Sendable {
    public let message: String
    public let exitCode: Int32

    public init(_ message: String, exitCode: Int32 = 2) {
        self.message = message
        self.exitCode = exitCode
    }

    public var description: String { message }
}

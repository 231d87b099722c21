import ConsoleKit
import Logging
import SecretariadoApp
import Vapor

// The executable only boots the app; everything else lives in SecretariadoApp so tests see it.
var env = try Environment.detect()
if Bootstrap.commandName(in: CommandLine.arguments) == "serve" {
    try LoggingSystem.bootstrap(from: &env)
} else {
    // Commands write their results to standard output; logs must not mix with them.
    LoggingSystem.bootstrap { label in
        var handler = StreamLogHandler.standardError(label: label)
        handler.logLevel = .error
        return handler
    }
}
let app = try await Application.make(env)
var exitCode: Int32 = 0
do {
    try await configure(app)
    try await Bootstrap.prepare(app, arguments: CommandLine.arguments)
    try await app.execute()
} catch let failure as CommandFailure {
    FileHandle.standardError.write(Data("error: \(failure.message)\n".utf8))
    exitCode = failure.exitCode
} catch let usage as CommandError {
    FileHandle.standardError.write(Data("error: \(usage)\n".utf8))
    exitCode = 2
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exitCode = 1
}
try? await app.asyncShutdown()
exit(exitCode)

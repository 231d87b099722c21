import SecretariadoApp
import Vapor

// The executable only boots the app; everything else lives in SecretariadoApp so tests see it.
var env = try Environment.detect()
try LoggingSystem.bootstrap(from: &env)
let app = try await Application.make(env)
var exitCode: Int32 = 0
do {
    try await configure(app)
    try await Bootstrap.prepare(app, arguments: CommandLine.arguments)
    try await app.execute()
} catch let failure as CommandFailure {
    FileHandle.standardError.write(Data("error: \(failure.message)\n".utf8))
    exitCode = failure.exitCode
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exitCode = 1
}
try? await app.asyncShutdown()
exit(exitCode)

import Logging
import NIOConcurrencyHelpers
import Vapor

/// The SQL statements requests issued, for query budgets. Both drivers log every statement
/// as "Executing query" on the database's logger, and a request's database logs to the
/// request's logger: `QueryCountingMiddleware` gives each request a logger that records
/// them here. Statements issued on `app.db` (not the request's) are not seen.
final class QueryCounter: Sendable {
    private let recorded = NIOLockedValueBox<[String]>([])

    var statements: [String] { recorded.withLockedValue { $0 } }
    var count: Int { statements.count }

    func reset() { recorded.withLockedValue { $0 = [] } }
    func record(_ sql: String) { recorded.withLockedValue { $0.append(sql) } }
}

/// Installed first, so every query of the request (sessions, cache, page) is counted.
struct QueryCountingMiddleware: AsyncMiddleware {
    let counter: QueryCounter

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let counter = counter
        var logger = Logger(label: "codes.vapor.request") { _ in QueryCountingLogHandler(counter: counter) }
        logger[metadataKey: "request-id"] = request.logger[metadataKey: "request-id"]
        request.logger = logger
        return try await next.respond(to: request)
    }
}

/// Records "Executing query" messages and prints warnings and errors; drops the rest.
struct QueryCountingLogHandler: LogHandler {
    let counter: QueryCounter
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .debug

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(
        level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?,
        source: String, file: String, function: String, line: UInt
    ) {
        if message.description == "Executing query" {
            counter.record(metadata?["sql"].map { "\($0)" } ?? "?")
        } else if level >= .warning {
            FileHandle.standardError.write(Data("[\(level)] \(message)\n".utf8))
        }
    }
}
